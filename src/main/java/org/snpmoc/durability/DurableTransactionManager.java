package org.snpmoc.durability;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager of every write (REST, HAPI's jobs, the workflow): a transaction's commit returns
 * only once {@link CommitDurability} has its changes on disk, so whatever acknowledges a write after its commit
 * acknowledges a durable one.
 */
public class DurableTransactionManager extends JpaTransactionManager {
	private final transient CommitDurability durability;

	public DurableTransactionManager(EntityManagerFactory entityManagerFactory, CommitDurability durability) {
		super(entityManagerFactory);
		this.durability = durability;
	}

	@Override
	protected void prepareSynchronization(DefaultTransactionStatus status, TransactionDefinition definition) {
		super.prepareSynchronization(status, definition);
		if (status.isNewTransaction() && status.isNewSynchronization()) {
			long mark = durability.mark();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public int getOrder() {
					return HIGHEST_PRECEDENCE; // durable before anything acts on the commit
				}

				@Override
				public void afterCommit() {
					durability.afterCommit(mark);
				}
			});
		}
	}
}
