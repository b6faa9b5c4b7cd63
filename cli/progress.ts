/** One self-overwriting progress line on a terminal (plain lines when stderr is not a TTY); null ends it. */
let last = 0;
let open = false;

export function progressLine(message: string | null): void {
  if (message === null) {
    if (open && process.stderr.isTTY) process.stderr.write('\n');
    open = false;
    return;
  }
  const now = Date.now();
  if (now - last < 200) return; // a few updates a second are plenty
  last = now;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[K${message}`);
    open = true;
  } else {
    process.stderr.write(`${message}\n`);
  }
}
