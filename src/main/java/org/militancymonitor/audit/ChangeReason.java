package org.militancymonitor.audit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * The reason given for the changes of the current transaction, which the revision Envers
 * writes at commit records. It is bound to the thread of the transaction and cleared when
 * the transaction completes, committed or rolled back, so that it never leaks into the
 * next transaction the thread runs. Callers use {@link Changes}; this is the holder
 * underneath.
 */
public final class ChangeReason {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private ChangeReason() {
	}

	/**
	 * Gives the current transaction's changes a reason; a second reason in the same
	 * transaction is added to the first, since the transaction makes one revision.
	 * @throws IllegalStateException when no transaction is active
	 */
	static void give(String reason) {
		Assert.hasText(reason, "a change needs a reason");
		Assert.state(TransactionSynchronizationManager.isSynchronizationActive(),
				"a reason is given inside the transaction it explains");
		String current = CURRENT.get();
		if (current == null) {
			CURRENT.set(reason.strip());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CURRENT.remove();
				}
			});
		}
		else if (!current.equals(reason.strip())) {
			CURRENT.set(current + "; " + reason.strip());
		}
	}

	/** The reason of the current transaction's changes, or {@code null}. */
	public static String current() {
		return CURRENT.get();
	}

}
