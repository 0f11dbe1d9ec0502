// Drives an embedded lambda-lanes through postMessage, as docs/embedding.md describes.
const PROTOCOL = 'lambda-lanes/1';
const frame = document.getElementById('lanes');
const log = document.getElementById('log');

// The app's address: from ?app= when given (the end-to-end test uses it), else a placeholder to edit.
const appUrl = new URLSearchParams(location.search).get('app') ?? 'https://your-host.example/lambda-lanes/?embed=1';
const appOrigin = new URL(appUrl, location.href).origin;
frame.src = appUrl;

/** A small scenario of our own: five requests, one second apart, to a slow-starting Java function. */
const myScenario = {
  version: 1,
  name: 'Five slow starts',
  durationMs: 20000,
  function: { runtime: 'java', runDurationMs: 500 },
  traffic: [{ source: 'api-gateway', pattern: 'times', atMs: [0, 1000, 2000, 3000, 4000] }],
};

const commands = {
  play: { type: 'play' },
  pause: { type: 'pause' },
  speed: { type: 'set-speed', speed: 10 },
  spike: { type: 'load-preset', preset: 'spike' },
  scenario: { type: 'load-scenario', scenario: myScenario },
};

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => {
    // Naming the app's origin keeps the command from reaching another page if the frame navigated away.
    frame.contentWindow.postMessage({ protocol: PROTOCOL, ...commands[button.dataset.command] }, appOrigin);
  });
}

window.addEventListener('message', (event) => {
  // Accept messages only from the frame, and only from the app's origin.
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  const message = event.data;
  if (typeof message !== 'object' || message === null || message.protocol !== PROTOCOL) return;

  if (message.type === 'height') frame.style.height = `${message.height}px`;
  if (message.type === 'state' && log.lastElementChild?.dataset.type === 'state') log.lastElementChild.remove();

  const item = document.createElement('li');
  item.dataset.type = message.type;
  item.textContent = describe(message);
  log.append(item);
});

function describe(message) {
  switch (message.type) {
    case 'height':
      return `height ${message.height}`;
    case 'state':
      return `state ${message.playing ? 'playing' : 'paused'} speed ${message.speed} preset ${message.preset ?? 'none'}`;
    case 'rejected':
      return `rejected ${message.command}: ${message.reason}`;
    default:
      return message.type;
  }
}
