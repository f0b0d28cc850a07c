// Listening sockets on 127.0.0.1 that a leaking page would reach: STUN/TURN over UDP, TURN over TCP, HTTP and WebSocket.
import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LeakListeners {
  ports: { stun: number; http: number; ws: number };
  /** Everything that arrived, one line per datagram or connection. */
  received: string[];
  close(): Promise<void>;
}

function tcpListener(name: string, received: string[]): Promise<Server> {
  const server = createServer((socket) => {
    received.push(`${name}: connection`);
    socket.on('data', (data) => received.push(`${name}: ${data.toString('latin1').slice(0, 80)}`));
    socket.on('error', () => {});
    socket.destroy();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The UDP and the TCP TURN listener share one port number, as a TURN server would. */
export async function startLeakListeners(): Promise<LeakListeners> {
  const received: string[] = [];
  const udp = createSocket('udp4');
  udp.on('message', (message) => received.push(`stun/turn udp: ${message.length} bytes`));
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const stun = udp.address().port;
  const turnTcp = createServer((socket) => {
    received.push('turn tcp: connection');
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => turnTcp.once('error', reject).listen(stun, '127.0.0.1', () => resolve()));
  const http = await tcpListener('http', received);
  const ws = await tcpListener('websocket', received);
  const port = (server: Server) => (server.address() as AddressInfo).port;
  return {
    ports: { stun, http: port(http), ws: port(ws) },
    received,
    close: async () => {
      udp.close();
      await Promise.all([turnTcp, http, ws].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
