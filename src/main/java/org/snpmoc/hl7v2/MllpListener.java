package org.snpmoc.hl7v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The MLLP listener ({@code moc.hl7v2.mllp-port}, 0 = off): each message framed as {@code 0x0B message 0x1C 0x0D} is
 * handed to {@link AdtIntake} and answered with its acknowledgment in the same framing. A bounded pool serves the
 * connections (more are closed at once); a connection idle for the read timeout, a message not complete within it,
 * a message over the size limit or bytes outside a frame close the connection, so no sender can hold the server.
 */
@Component
class MllpListener implements SmartLifecycle {
	static final int START = 0x0B;
	static final int END = 0x1C;
	static final int CR = 0x0D;
	private static final Logger log = LoggerFactory.getLogger(MllpListener.class);

	private final AdtIntake intake;
	private final Hl7v2Properties properties;
	private volatile ServerSocket server;
	private volatile ThreadPoolExecutor connections;
	private Thread acceptor;
	/** Open connections, closed on stop so their threads do not outlive the listener by a read timeout. */
	private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

	MllpListener(AdtIntake intake, Hl7v2Properties properties) {
		this.intake = intake;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (properties.mllpPort() == 0 || server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(properties.mllpBindAddress()), properties.mllpPort()), 50);
			server = socket;
		} catch (IOException e) {
			throw new IllegalStateException("MLLP listener cannot bind " + properties.mllpBindAddress() + ":"
					+ properties.mllpPort() + " (moc.hl7v2.mllp-port, 0 switches it off)", e);
		}
		AtomicInteger count = new AtomicInteger();
		connections = new ThreadPoolExecutor(1, properties.mllpMaxConnections(), 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), r -> {
					Thread t = new Thread(r, "mllp-" + count.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		acceptor = new Thread(this::acceptLoop, "mllp-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		log.info("MLLP listener on {}:{}", properties.mllpBindAddress(), server.getLocalPort());
	}

	private void acceptLoop() {
		ServerSocket socket = server;
		while (socket != null && !socket.isClosed()) {
			Socket client;
			try {
				client = socket.accept();
			} catch (IOException e) {
				return;
			}
			try {
				connections.execute(() -> serve(client));
			} catch (RejectedExecutionException e) {
				log.warn("MLLP connection from {} refused: {} connections already open",
						client.getRemoteSocketAddress(), properties.mllpMaxConnections());
				close(client);
			}
		}
	}

	private void serve(Socket client) {
		long timeout = properties.mllpReadTimeout().toMillis();
		open.add(client);
		try (client) {
			client.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout)));
			InputStream in = new java.io.BufferedInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			while (true) {
				String message = readFrame(in, timeout);
				if (message == null) {
					return;
				}
				AdtAck ack = intake.accept(message);
				out.write(START);
				out.write(ack.er7().getBytes(StandardCharsets.UTF_8));
				out.write(END);
				out.write(CR);
				out.flush();
			}
		} catch (SocketTimeoutException e) {
			log.debug("MLLP connection {} timed out", client.getRemoteSocketAddress());
		} catch (IOException e) {
			log.debug("MLLP connection {} closed: {}", client.getRemoteSocketAddress(), e.getMessage());
		} finally {
			open.remove(client);
		}
	}

	/**
	 * The next framed message; null at the end of the stream. Whitespace between frames is skipped; anything else
	 * outside a frame, a frame over the size limit or one not complete within the timeout ends the connection.
	 */
	private String readFrame(InputStream in, long timeoutMillis) throws IOException {
		int b;
		do {
			b = in.read();
			if (b < 0) {
				return null;
			}
		} while (b == CR || b == '\n' || b == ' ');
		if (b != START) {
			throw new IOException("bytes outside an MLLP frame");
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		while (true) {
			b = in.read();
			if (b < 0) {
				throw new IOException("connection closed inside a frame");
			}
			if (b == END) {
				int next = in.read();
				if (next != CR) {
					throw new IOException("frame end 0x1C not followed by 0x0D");
				}
				return message.toString(StandardCharsets.UTF_8);
			}
			if (message.size() >= properties.maxMessageSize()) {
				throw new IOException("message larger than " + properties.maxMessageSize() + " bytes");
			}
			if (System.nanoTime() > deadline) {
				throw new SocketTimeoutException("message not complete within the read timeout");
			}
			message.write(b);
		}
	}

	/** The port listened on (the configured one, or the one the system chose); -1 when off. */
	int port() {
		ServerSocket socket = server;
		return socket == null ? -1 : socket.getLocalPort();
	}

	@Override
	public synchronized void stop() {
		ServerSocket socket = server;
		server = null;
		if (socket != null) {
			close(socket);
			open.forEach(MllpListener::close);
			connections.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	private static void close(java.io.Closeable closeable) {
		try {
			closeable.close();
		} catch (IOException e) {
			// nothing left to do with it
		}
	}
}
