package com.reten.gateway.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Relays TCP connections from a local port to a target, for a test that needs a Kafka bootstrap
 * address which is down first and up later: the embedded KRaft broker cannot be started on a port
 * chosen in advance. Clients only bootstrap through it; the broker then advertises its own address.
 */
final class TcpRelay implements AutoCloseable {

  private final ServerSocket server;

  private TcpRelay(ServerSocket server, String targetHost, int targetPort) {
    this.server = server;
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket target = new Socket(targetHost, targetPort);
                  pipe(client, target);
                  pipe(target, client);
                } catch (IOException e) {
                  // Closed, or the target refused: the client sees its connection drop.
                }
              }
            },
            "tcp-relay-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A free port, for a relay opened on it later. */
  static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Relays {@code port} on localhost to {@code target} ("host:port"). */
  static TcpRelay open(int port, String target) {
    int colon = target.lastIndexOf(':');
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress("localhost", port));
      return new TcpRelay(
          server, target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread copier =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // One side hung up.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-relay-pipe");
    copier.setDaemon(true);
    copier.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
