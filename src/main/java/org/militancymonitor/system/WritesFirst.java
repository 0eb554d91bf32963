package org.militancymonitor.system;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a signed-in user's change run ahead of the reads: while one is being saved, a read
 * that arrives waits for it, up to {@code militancy.web.writes-first}, before it starts.
 * <p>
 * On a machine whose cores the readers keep busy, a save otherwise gets a reader's share
 * of the CPU: with a dozen pages being rendered and served at once, a save takes many
 * times as long as it does alone. The reads that are already running finish; new ones
 * hold off until the save is done, so it has the cores nearly to itself. Saves are rare
 * (an editor's, a few a minute), so a read waits seldom and briefly, and never longer
 * than the bound, however many changes arrive: a flood of posts cannot stop the reads.
 * Only a change by a signed-in user goes first (sign-in attempts are not changes of the
 * data), so this runs after Security's filters, before the {@link PageCache}: a kept page
 * served during a save would take the cores too. Health probes and static assets never
 * wait.
 */
@Component
@Order(AdmissionControl.ORDER - 2)
class WritesFirst extends OncePerRequestFilter {

	private final long boundNanos;

	private final AtomicInteger saving = new AtomicInteger();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition saved = this.lock.newCondition();

	WritesFirst(@Value("${militancy.web.writes-first}") Duration bound) {
		this.boundNanos = bound.toNanos();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.boundNanos <= 0 || AdmissionControl.isUnqueued(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean reads = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		if (reads) {
			awaitSaves();
			chain.doFilter(request, response);
		}
		else if (request.getUserPrincipal() == null) {
			chain.doFilter(request, response);
		}
		else {
			this.saving.incrementAndGet();
			try {
				chain.doFilter(request, response);
			}
			finally {
				saved();
			}
		}
	}

	private void awaitSaves() {
		if (this.saving.get() == 0) {
			return;
		}
		this.lock.lock();
		try {
			long left = this.boundNanos;
			while (this.saving.get() > 0 && left > 0) {
				left = this.saved.awaitNanos(left);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void saved() {
		if (this.saving.decrementAndGet() == 0) {
			this.lock.lock();
			try {
				this.saved.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}
	}

	/** Changes being saved now. */
	int saving() {
		return this.saving.get();
	}

	/** Reads holding off for a save now. */
	int waitingReads() {
		this.lock.lock();
		try {
			return this.lock.getWaitQueueLength(this.saved);
		}
		finally {
			this.lock.unlock();
		}
	}

}
