'use strict';
// The clock of the performance timeline: milliseconds since the process
// started (the host's monotonic clock, as process.hrtime), and the moments
// Node records as milestones.
//
// NODE-DIFF: the process has no separate engine and environment start to
// measure: nodeStart is 0 and v8Start and environment are taken as this
// module first loads (during bootstrap), a microsecond apart, so that the
// milestones keep Node's order.

const { hrtimeMs } = internalBinding('process');

function now() {
  return hrtimeMs();
}

// Wall-clock time of the process start, in ms since the epoch.
const timeOrigin = Date.now() - hrtimeMs();

const bootstrapped = now();
const milestones = {
  nodeStart: 0,
  v8Start: bootstrapped + 0.001,
  environment: bootstrapped + 0.002,
  bootstrapComplete: -1,
  loopStart: -1,
  loopExit: -1,
};

function markMilestone(name) {
  if (milestones[name] !== -1) return;
  // Never before the milestone that precedes it, even on a clock that
  // does not move (tests).
  const after = { bootstrapComplete: milestones.environment + 0.001, loopStart: milestones.bootstrapComplete,
    loopExit: milestones.loopStart }[name];
  milestones[name] = Math.max(now(), after ?? 0);
}

function getMilestoneTimestamp(name) {
  return milestones[name];
}

function getTimeOriginTimestamp() {
  return timeOrigin;
}

module.exports = { now, getMilestoneTimestamp, getTimeOriginTimestamp, markMilestone };
