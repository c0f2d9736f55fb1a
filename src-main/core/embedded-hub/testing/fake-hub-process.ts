// A stand-in for the built hub entry, run as a child process by the embedded-hub tests (Node runs
// TypeScript by stripping types, so it imports nothing of ours). FAKE_HUB_MODE picks its behaviour:
// ready | fatal | crash | stubborn (ready, then ignores SIGTERM).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const mode = process.env.FAKE_HUB_MODE ?? 'ready';
process.stdout.write(`fake hub args: ${process.argv.slice(2).join(' ')}\n`);

function send(message: unknown): void {
  process.send?.(message);
}

if (mode === 'fatal') {
  send({ type: 'fatal', message: 'The data folder is in use by another hub (pid 4242)' });
  process.exitCode = 1;
} else if (mode === 'crash') {
  process.stderr.write('loading config\nError: cannot find module ./db\n    at load (hub.js:1:1)\n');
  process.exit(3);
} else {
  const server = createServer((_request, response) => response.end('{}'));
  server.listen(0, '127.0.0.1', () => {
    // Listening on TCP gives an AddressInfo.
    const { port } = server.address() as AddressInfo;
    send({
      type: 'ready',
      url: `http://127.0.0.1:${port}`,
      engine: 'pglite',
      createdUsers: [{ username: 'packer', password: 'packline', role: 'packer' }],
    });
  });
  const shutDown = () => {
    if (mode === 'stubborn') return;
    process.stdout.write('fake hub stopping\n');
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', shutDown);
  process.on('disconnect', shutDown);
}
