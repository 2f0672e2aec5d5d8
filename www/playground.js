// The playground: an editor with the seed's app.js, Run/Stop, a terminal and
// a preview. It only wires the page to Nodeling's public API.

import { boot } from '/pkg/nodeling.js';

const editor = document.querySelector('#editor');
const terminal = document.querySelector('#terminal');
const runButton = document.querySelector('#run');
const preview = document.querySelector('#preview');
const previewUrl = document.querySelector('#preview-url');

let running = null;

function print(text) {
  terminal.textContent += text;
  terminal.scrollTop = terminal.scrollHeight;
}

function setRunning(process) {
  running = process;
  runButton.textContent = process ? 'Stop' : 'Run';
  runButton.classList.toggle('running', !!process);
}

async function main() {
  editor.value = await (await fetch('examples/app.js')).text();
  const pod = await boot({ files: { '/app.js': editor.value } });
  pod.on('server-ready', (port, url) => {
    previewUrl.textContent = url;
    previewUrl.href = url;
    preview.src = url;
  });

  async function run() {
    await pod.fs.writeFile('/app.js', editor.value);
    print(`$ node app.js\n`);
    const process = pod.spawn('node', ['app.js']);
    setRunning(process);
    process.output.pipeTo(new WritableStream({ write: print }));
    const code = await process.exit;
    print(`\n[process exited with code ${code}]\n`);
    if (running === process) setRunning(null);
  }

  runButton.addEventListener('click', () => (running ? running.kill() : run()));
  runButton.disabled = false;
}

main().catch((error) => print(`nodeling: ${error.stack ?? error}\n`));
