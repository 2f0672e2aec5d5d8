// cluster in the primary process: flags, constants, settings and 'setup'.
const cluster = require('cluster');
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy);
console.log(JSON.stringify(cluster.workers), JSON.stringify(cluster.settings), cluster instanceof require('events'));
console.log(cluster.setupMaster === cluster.setupPrimary, typeof cluster.fork, typeof cluster.Worker);
cluster.on('setup', (settings) => console.log('setup event', settings.exec, JSON.stringify(settings.args), settings.silent));
cluster.setupPrimary({ exec: 'worker.js', silent: true });
console.log('after setup', cluster.settings.exec, cluster.settings.silent, JSON.stringify(cluster.settings.args));
cluster.setupPrimary({ args: ['--x'] });
console.log('merged', cluster.settings.exec, JSON.stringify(cluster.settings.args));
cluster.disconnect(() => console.log('disconnected'));
