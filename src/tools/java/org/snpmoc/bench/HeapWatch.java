package org.snpmoc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms on a daemon thread and keeps the highest value seen. */
final class HeapWatch implements AutoCloseable {
	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final AtomicLong peak = new AtomicLong();
	private final Thread sampler;
	private volatile boolean running = true;

	HeapWatch() {
		sampler = new Thread(() -> {
			while (running) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	long peakMegabytes() {
		return peak.get() / (1024 * 1024);
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}
}
