package org.militancymonitor.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the uploaded imports one at a time, on a thread of their own, after the upload has
 * been answered: a large file takes longer than a request should, and a save of its size
 * would otherwise hold a turn of the admission control and make every read wait for it
 * (WritesFirst). A few uploads wait their turn; more are refused until then. An import
 * that a stop of the application interrupted is marked so at the next start: the batches
 * it wrote stand, and importing the file again adds the rest.
 */
@Component
class AcledImportRunner {

	/** Uploads that may wait for the one running. */
	static final int WAITING = 4;

	private static final Log logger = LogFactory.getLog(AcledImportRunner.class);

	private final AcledImports imports;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(WAITING), (task) -> {
				Thread thread = new Thread(task, "acled-import");
				thread.setDaemon(true);
				return thread;
			});

	AcledImportRunner(AcledImports imports) {
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		int interrupted = this.imports.markInterrupted();
		if (interrupted > 0) {
			logger.warn(interrupted + " ACLED import(s) did not finish before the last stop; import the file again "
					+ "to add the rows they did not reach");
		}
	}

	/**
	 * Queues the import of the file, which it deletes when done.
	 * @return false when too many imports wait already
	 */
	boolean submit(long id, Path file) {
		try {
			this.executor.execute(() -> {
				try {
					this.imports.run(id, file);
				}
				finally {
					delete(file);
				}
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the uploaded file " + file, ex);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
