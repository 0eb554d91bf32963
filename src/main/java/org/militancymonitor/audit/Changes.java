package org.militancymonitor.audit;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an editor's change gets its reason: {@code changes.because(reason, () ->
 * repository.save(incident))} runs the work in a transaction (joining the caller's if
 * there is one) whose revision records the reason, with the signed-in user and the time.
 */
@Component
public class Changes {

	private final TransactionTemplate transactions;

	Changes(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs {@code work} in a transaction whose revision records {@code reason}.
	 * @throws IllegalArgumentException when the reason is blank
	 */
	public <T> T because(String reason, Supplier<T> work) {
		return this.transactions.execute((status) -> {
			ChangeReason.give(reason);
			return work.get();
		});
	}

	/**
	 * Runs {@code work} in a transaction whose revision records {@code reason}.
	 * @throws IllegalArgumentException when the reason is blank
	 */
	public void because(String reason, Runnable work) {
		because(reason, () -> {
			work.run();
			return null;
		});
	}

}
