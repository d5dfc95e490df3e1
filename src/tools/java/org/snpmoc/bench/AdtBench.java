package org.snpmoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.snpmoc.synthetic.PopulationGenerator;

/**
 * ADT intake throughput: {@code pairs} admissions (A01) each followed by its discharge (A03), for members of the loaded
 * population (PID-3 their MBI), sent over MLLP on {@code connections} connections to the bench server, with the
 * workflow on. Messages per second at the last acknowledgment and once the work items they cause are written.
 */
final class AdtBench {
	static final String MBI = "http://hl7.org/fhir/sid/us-mbi";

	record Result(int messages, int accepted, int connections, double seconds, double settledSeconds, double p50Ms,
			double p95Ms) {
		String markdown() {
			return String.format("%n### ADT intake over MLLP (workflow on)%n%n"
					+ "| messages | connections | accepted (AA) | messages/s at the last ACK | messages/s with work items written | ACK p50 ms | ACK p95 ms |%n"
					+ "|---:|---:|---:|---:|---:|---:|---:|%n| %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
					messages, connections, accepted, messages / seconds, messages / (seconds + settledSeconds), p50Ms, p95Ms);
		}
	}

	private AdtBench() {}

	/** A free local port for the bench server's MLLP listener. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Result measure(BenchServer server, int port, Path data, int members, int pairs, int connections, LocalDate asOf)
			throws Exception {
		List<String> mbis = mbis(data, members);
		long[] latencies = new long[pairs * 2];
		AtomicInteger accepted = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		long started = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			int lane = c;
			work.add(pool.submit(() -> {
				try (Socket socket = new Socket("127.0.0.1", port)) {
					socket.setSoTimeout(120_000);
					OutputStream out = socket.getOutputStream();
					InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
					for (int i = lane; i < pairs; i += connections) {
						LocalDate admitted = asOf.minusDays(5 + i % 60);
						String mbi = mbis.get(i % mbis.size());
						for (String event : List.of("A01", "A03")) {
							long sent = System.nanoTime();
							String ack = send(out, in, message(event, i, mbi, admitted));
							latencies[2 * i + (event.equals("A01") ? 0 : 1)] = System.nanoTime() - sent;
							if (ack.contains("\rMSA|AA|")) {
								accepted.incrementAndGet();
							}
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		double settled = server.awaitWorkItems();
		Arrays.sort(latencies);
		return new Result(pairs * 2, accepted.get(), connections, seconds, settled,
				latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.50))] / 1e6,
				latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.95))] / 1e6);
	}

	private static String message(String event, int i, String mbi, LocalDate admitted) {
		String day = admitted.format(DateTimeFormatter.BASIC_ISO_DATE);
		String discharged = admitted.plusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
		String[] pv1 = new String[46];
		Arrays.fill(pv1, "");
		pv1[0] = "PV1";
		pv1[1] = "1";
		pv1[2] = "I";
		pv1[3] = "MED^" + (100 + i % 50) + "^A^BENCHGEN";
		pv1[19] = "BV" + i;
		pv1[44] = day + "0800";
		if (event.equals("A03")) {
			pv1[36] = "01";
			pv1[45] = discharged + "1100";
		}
		String time = event.equals("A01") ? day + "0805" : discharged + "1105";
		return String.join("\r",
				"MSH|^~\\&|BENCHADT|BENCHGEN|SNPMOC|PLAN|" + time + "||ADT^" + event + "^" + (event.equals("A01") ? "ADT_A01" : "ADT_A03")
						+ "|B" + event + "-" + i + "|P|2.5.1",
				"EVN|" + event + "|" + time,
				"PID|1||" + mbi + "^^^CMS&" + MBI + "&URI^MB||Member^Bench",
				String.join("|", pv1));
	}

	private static String send(OutputStream out, InputStream in, String message) throws IOException {
		out.write(0x0B);
		out.write(message.getBytes(StandardCharsets.UTF_8));
		out.write(0x1C);
		out.write(0x0D);
		out.flush();
		if (in.read() != 0x0B) {
			throw new IOException("no MLLP frame in the answer");
		}
		ByteArrayOutputStream ack = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != 0x1C) {
			if (b < 0) {
				throw new IOException("connection closed inside an answer");
			}
			ack.write(b);
		}
		in.read();
		return ack.toString(StandardCharsets.UTF_8);
	}

	/** The MBIs of the Patients in a record, whatever Bundles they are nested in. */
	private static void collect(JsonNode node, List<String> mbis) {
		if ("Patient".equals(node.path("resourceType").asText())) {
			for (JsonNode id : node.path("identifier")) {
				if (MBI.equals(id.path("system").asText())) {
					mbis.add(id.path("value").asText());
				}
			}
			return;
		}
		for (JsonNode entry : node.path("entry")) {
			collect(entry.path("resource"), mbis);
		}
	}

	/** The MBIs of the first {@code members} beneficiaries generated. */
	private static List<String> mbis(Path data, int members) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<String> mbis = new ArrayList<>();
		try (var lines = Files.lines(data.resolve(PopulationGenerator.BENEFICIARIES_FILE), StandardCharsets.UTF_8)) {
			for (String line : (Iterable<String>) lines.limit(members)::iterator) {
				collect(json.readTree(line), mbis);
			}
		}
		if (mbis.isEmpty()) {
			throw new IllegalStateException("no generated member has an MBI");
		}
		return mbis;
	}
}
