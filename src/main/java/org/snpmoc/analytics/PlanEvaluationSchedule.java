package org.snpmoc.analytics;

import java.time.LocalDate;
import java.util.Optional;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.MocEvaluationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Stores the plan's summary of each month just ended ({@code moc.analytics.schedule}, by default at 02:00 on the
 * first of the month in the plan's time zone). Every instance keeps the schedule; the first to claim the month's
 * report starts the job, the others find it claimed.
 */
@Component
public class PlanEvaluationSchedule implements DisposableBean {
	private static final Logger LOG = LoggerFactory.getLogger(PlanEvaluationSchedule.class);

	private final AnalyticsProperties properties;
	private final MocEvaluationService evaluation;
	private final PlanReports reports;
	private final PlanEvaluationJobs jobs;
	private ThreadPoolTaskScheduler scheduler;

	public PlanEvaluationSchedule(AnalyticsProperties properties, MocEvaluationService evaluation, PlanReports reports,
			PlanEvaluationJobs jobs) {
		if (properties.scheduled() && !CronExpression.isValidExpression(properties.schedule())) {
			throw new IllegalArgumentException("moc.analytics.schedule is not a cron expression (six fields) or '-': "
					+ properties.schedule());
		}
		this.properties = properties;
		this.evaluation = evaluation;
		this.reports = reports;
		this.jobs = jobs;
	}

	@EventListener(ApplicationReadyEvent.class)
	public synchronized void start() {
		if (!properties.scheduled() || scheduler != null) {
			return;
		}
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("moc-plan-schedule-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		scheduler.schedule(this::runNow, new CronTrigger(properties.schedule(), evaluation.policy().getTimeZone()));
		LOG.info("Plan summaries scheduled: '{}' in {}", properties.schedule(), evaluation.policy().getTimeZone());
	}

	private void runNow() {
		try {
			runFor(LocalDate.now(evaluation.policy().getTimeZone()));
		} catch (RuntimeException e) {
			LOG.error("The scheduled plan evaluation could not start", e);
		}
	}

	/**
	 * The run of a day: the summary as of the last day of the month before, unless that month's report exists.
	 * Answers the job started, if any.
	 */
	public Optional<String> runFor(LocalDate today) {
		EvaluationContext context = evaluation.context(today.withDayOfMonth(1).minusDays(1));
		if (!reports.claim(context)) {
			LOG.info("Plan summary as of {}: already stored or claimed", context.asOf());
			return Optional.empty();
		}
		String job = jobs.start(context);
		LOG.info("Plan summary as of {}: job {} started by the schedule", context.asOf(), job);
		return Optional.of(job);
	}

	@Override
	public synchronized void destroy() {
		if (scheduler != null) {
			scheduler.shutdown();
		}
	}
}
