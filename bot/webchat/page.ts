/**
 * The web chat page careline serves at `/`: Microsoft's Web Chat bundle (from node_modules, no CDN),
 * connected to careline's own Direct Line endpoint. The page asks `/chat/session` for a Direct Line token;
 * when the hosting site has signed the visitor in, the token carries that verified identity.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** `dist/webchat.js` of the installed botframework-webchat (its package exports do not list it). */
export function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function webChatPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Customer Care chat</title>
  <style>
    html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; background: #f3f4f6; }
    main { max-width: 760px; height: 100%; margin: 0 auto; display: flex; flex-direction: column; background: #fff; }
    header { padding: 12px 16px; border-bottom: 1px solid #e5e7eb; }
    header h1 { font-size: 18px; margin: 0; }
    header p { margin: 4px 0 0; font-size: 13px; color: #4b5563; }
    #webchat { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <main>
    <header><h1>Customer Care</h1><p id="who">Connecting…</p></header>
    <div id="webchat" role="main"></div>
  </main>
  <script src="/webchat/webchat.js"></script>
  <script>
    (async function () {
      const params = new URLSearchParams(location.search);
      const response = await fetch('/chat/session', { method: 'POST' });
      const session = await response.json();
      document.getElementById('who').textContent = session.signedInAs
        ? 'Signed in as ' + session.signedInAs
        : 'Not signed in: I can answer general questions; sign in to see your cases.';
      window.WebChat.renderWebChat({
        directLine: window.WebChat.createDirectLine({
          domain: location.origin + '/v3/directline', token: session.token, webSocket: !params.has('polling'),
        }),
        userID: session.userId,
        locale: 'en-US',
        styleOptions: { hideUploadButton: true },
      }, document.getElementById('webchat'));
    })();
  </script>
</body>
</html>`;
}
