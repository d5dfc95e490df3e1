package org.snpmoc.exchange;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiving setting or State agency for tests: remembers the path and body of every POST it accepted, and
 * refuses the first {@link #failFirst} with HTTP 500.
 */
final class ExchangeReceiver implements AutoCloseable {
	record Received(String path, String body) {}

	private final HttpServer server;
	private final ConcurrentLinkedQueue<Received> accepted = new ConcurrentLinkedQueue<>();
	private final AtomicInteger refused = new AtomicInteger();
	private final AtomicInteger toRefuse = new AtomicInteger();

	ExchangeReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = 200;
			if (toRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				status = 500;
				refused.incrementAndGet();
			} else {
				accepted.add(new Received(exchange.getRequestURI().getPath(), body));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	String address(String channel) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + channel;
	}

	/** Answers the next {@code n} requests with 500. */
	void failFirst(int n) {
		toRefuse.set(n);
	}

	int refused() {
		return refused.get();
	}

	List<Received> on(String path) {
		return accepted.stream().filter(r -> r.path().equals(path)).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
