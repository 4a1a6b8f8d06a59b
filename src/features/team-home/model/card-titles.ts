/** Hours ahead the "Upcoming runs" card looks. */
export const UPCOMING_HOURS = 3;

/** Each card's heading (its region's name), also shown while its code loads. */
export const CARD_TITLES = {
  successOverTime: 'Success over time',
  recentFailures: 'Recent failures (24 h)',
  upcomingRuns: `Upcoming runs (next ${UPCOMING_HOURS} h)`,
  notificationCoverage: 'Notification coverage',
} as const;
