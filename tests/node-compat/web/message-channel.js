// MessageChannel: delivery as poll-phase macrotasks (vs setImmediate, promises, ticks), start/close/ref rules, transfers.
const log = (...args) => console.log(...args);
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

function step1() {
  const { port1, port2 } = als.run('channel created', () => new MessageChannel());
  port2.onmessage = (event) => {
    log('message', JSON.stringify(event.data), 'store:', als.getStore());
    process.nextTick(() => log('  tick after', JSON.stringify(event.data)));
    Promise.resolve().then(() => log('  microtask after', JSON.stringify(event.data)));
    if (event.data === 2) {
      setImmediate(() => log('immediate queued by message 2'));
      port1.postMessage('posted while handling');
    }
    if (event.data === 'posted while handling') {
      port2.close();
      setImmediate(step2);
    }
  };
  als.run('poster', () => {
    port1.postMessage(1);
    port1.postMessage(2);
  });
  setImmediate(() => log('immediate queued before the messages were handled'));
  Promise.resolve().then(() => log('promise'));
  process.nextTick(() => log('tick'));
  port2.on('close', () => log('port2 close'));
  log('sync end');
}

// The clone is made when posting; messages wait for a listener.
function step2() {
  const { port1, port2 } = new MessageChannel();
  const data = { list: [1, 2], when: new Date(0), map: new Map([['k', 'v']]) };
  port1.postMessage(data);
  data.list.push(3);
  port1.postMessage('second');
  setTimeout(() => {
    log('listener added later');
    port2.addEventListener('message', (event) => {
      log('addEventListener got', JSON.stringify(event.data?.list ?? event.data), event.data?.map instanceof Map);
      if (event.data === 'second') {
        port2.close();
        setImmediate(step3);
      }
    });
  }, 20);
}

// MessageEvent, node-style listeners and errors.
function step3() {
  const { port1, port2 } = new MessageChannel();
  port2.on('message', (value) => log('on(message) gets the data', value === undefined ? 'undefined' : value));
  port2.onmessage = (event) => {
    log('event', event.constructor.name, event.type, event.data, JSON.stringify(event.origin), JSON.stringify(event.lastEventId),
      event.source, event.ports.length, Object.isFrozen(event.ports), event.target === port2, event.isTrusted);
    port2.close(() => {
      log('close callback');
      setImmediate(step4);
    });
  };
  port1.postMessage(undefined);
  for (const [label, thunk] of [
    ['no argument', () => port1.postMessage()],
    ['function', () => port1.postMessage(() => 1)],
    ['transfer not iterable', () => port1.postMessage(1, 5)],
    ['options.transfer not iterable', () => port1.postMessage(1, { transfer: 1 })],
    ['port without transfer', () => port1.postMessage({ port: new MessageChannel().port1 })],
    ['source port in transfer', () => port1.postMessage(port1, [port1])],
    ['new MessagePort()', () => new MessagePort()],
  ]) {
    try {
      thunk();
      log(label, 'no error');
    } catch (error) {
      log(label, error.name, error.code, JSON.stringify(error.message));
    }
  }
  log('prototype', Object.getOwnPropertyNames(MessagePort.prototype).join(), Object.getPrototypeOf(MessagePort.prototype) === EventTarget.prototype);
}

// Transferring ports and buffers; ref and hasRef; a closed end.
function step4() {
  const { port1, port2 } = new MessageChannel();
  const other = new MessageChannel();
  const buffer = new ArrayBuffer(8);
  port2.once('message', (message) => {
    log('got a port', message.port instanceof MessagePort, 'buffer', message.buffer.byteLength);
    message.port.postMessage('through the transferred port');
    message.port.close();
    port2.close();
  });
  other.port1.on('message', (message) => {
    log('other end received:', message);
    other.port1.close();
    setImmediate(step5);
  });
  port1.postMessage({ port: other.port2, buffer }, [other.port2, buffer]);
  log('after transfer: buffer detached', buffer.detached, 'old port still a MessagePort', other.port2 instanceof MessagePort);
}

function step5() {
  const { port1, port2 } = new MessageChannel();
  log('hasRef', port1.hasRef(), port2.hasRef());
  port2.onmessage = () => {};
  log('with onmessage', port2.hasRef());
  port2.onmessage = null;
  log('onmessage null', port2.hasRef());
  port2.on('message', () => {});
  log('unref returns', port2.unref());
  log('unref', port2.hasRef());
  port2.ref();
  log('ref', port2.hasRef());
  port2.close();
  port1.postMessage('to a closed channel: ignored');
  const closing = new MessageChannel();
  closing.port2.on('message', (message) => {
    log('delivered though the sender closed:', message);
    setImmediate(step6);
  });
  closing.port1.postMessage('sent before close');
  closing.port1.close();
}

// A port started without listeners drops what arrives; an unref()'d port
// does not keep the process alive.
function step6() {
  const { port1, port2 } = new MessageChannel();
  port2.start();
  port1.postMessage('dropped');
  setTimeout(() => {
    port2.on('message', (message) => log('never', message));
    port2.unref();
    log('done');
  }, 20);
}

step1();
process.on('exit', () => log('exit'));
