package org.snpmoc.subscriptions;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A local REST-hook endpoint: answers 200 (or the status set by {@link #answer}) to every notification and
 * remembers "METHOD /path" of each it accepted.
 */
final class HookReceiver implements AutoCloseable {
	private final HttpServer server;
	private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
	private volatile int status = 200;

	HookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/", exchange -> {
			exchange.getRequestBody().readAllBytes();
			int answer = status;
			(answer / 100 == 2 ? received : refused)
					.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		server.start();
	}

	String endpoint(String channel) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + channel;
	}

	/** From now on answers every notification with {@code status}. */
	void answer(int status) {
		this.status = status;
	}

	/** Notifications answered with an error status, as "METHOD /channel/Type/id". */
	List<String> refused() {
		return List.copyOf(refused);
	}

	/** Notifications accepted, as "METHOD /channel/Type/id". */
	List<String> accepted() {
		return List.copyOf(received);
	}

	/** Notifications received on the channel, as "METHOD /Type/id" relative to the channel's endpoint. */
	List<String> on(String channel) {
		String prefix = "/" + channel + "/";
		return received.stream()
				.filter(r -> r.contains(" " + prefix))
				.map(r -> r.replace(prefix, "/"))
				.toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
