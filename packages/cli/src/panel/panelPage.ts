/** What the page needs to know to lay itself out before the WebSocket connects. */
export interface PanelPageInfo {
  readonly title: string;
  readonly description: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The panel's single HTML page: Start/Stop, one slider per live parameter, level meters,
 * a live spectrum drawn with uPlot (served from `/uplot/`), the stream statistics and
 * an error list. Everything dynamic arrives over the WebSocket at `/ws`; the page
 * exposes `window.rxdspPanel.sendRaw(text)` for tests and debugging.
 */
export function panelPage(info: PanelPageInfo): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>rxdsp panel: ${escapeHtml(info.title)}</title>
<link rel="stylesheet" href="/uplot/uPlot.min.css">
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; max-width: 960px; color: #222; }
  h1 { font-size: 1.4em; margin: 0 0 .2em; }
  .desc { color: #555; margin-top: 0; }
  button { font-size: 1em; padding: .4em 1.2em; margin-right: .5em; }
  #status { font-weight: bold; margin-left: .5em; }
  #status.running { color: #0a7d27; } #status.stopped { color: #8a8a8a; }
  fieldset { border: 1px solid #ccc; border-radius: 6px; margin: 1em 0; }
  .param { display: grid; grid-template-columns: 12em 1fr 7em; align-items: center; gap: .8em; margin: .3em 0; }
  .param input { width: 100%; }
  .meter { display: grid; grid-template-columns: 6em 1fr 17em; align-items: center; gap: .8em; margin: .3em 0; }
  .bar { height: 14px; background: #eee; border-radius: 3px; overflow: hidden; }
  .bar > div { height: 100%; width: 0; background: linear-gradient(90deg, #2a9d4b, #e0c341 80%, #d33 95%); }
  pre { background: #f6f6f6; padding: .6em; border-radius: 4px; margin: 0; }
  #errors { color: #b00020; padding-left: 1.2em; margin: .3em 0; }
  #device { color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(info.title)}</h1>
<p class="desc">${escapeHtml(info.description)}</p>
<p id="device">connecting…</p>
<div>
  <button id="start" disabled>Start</button><button id="stop" disabled>Stop</button>
  <span id="status" class="stopped">stopped</span> <span id="elapsed"></span>
</div>
<fieldset><legend>Live parameters</legend><div id="params"><em>none</em></div></fieldset>
<fieldset><legend>Output level</legend><div id="meters"><em>not running</em></div></fieldset>
<fieldset><legend>Output spectrum (Welch PSD)</legend><div id="spectrum"></div></fieldset>
<fieldset><legend>Stream statistics</legend><pre id="stats">–</pre></fieldset>
<fieldset><legend>Errors</legend><ul id="errors"></ul></fieldset>
<script src="/uplot/uPlot.iife.min.js"></script>
<script>
(() => {
  const $ = (id) => document.getElementById(id);
  const token = new URLSearchParams(location.search).get('token') || '';
  const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws?token=' + encodeURIComponent(token));
  const send = (obj) => ws.send(JSON.stringify(obj));
  const sendRaw = (text) => ws.send(text);
  window.rxdspPanel = { send, sendRaw, messages: 0 };
  let plot = null;
  function showError(text) {
    const li = document.createElement('li');
    li.className = 'error';
    li.textContent = new Date().toLocaleTimeString() + ' ' + text;
    $('errors').prepend(li);
    while ($('errors').children.length > 20) $('errors').lastChild.remove();
  }
  function setRunning(running) {
    $('status').textContent = running ? 'running' : 'stopped';
    $('status').className = running ? 'running' : 'stopped';
    $('start').disabled = running;
    $('stop').disabled = !running;
  }
  function buildParams(params) {
    const box = $('params');
    box.textContent = '';
    if (params.length === 0) { box.innerHTML = '<em>this example has no live parameters</em>'; return; }
    for (const p of params) {
      const row = document.createElement('div');
      row.className = 'param';
      const label = document.createElement('label');
      label.textContent = p.label;
      label.htmlFor = 'param-' + p.name;
      const input = document.createElement('input');
      Object.assign(input, { type: 'range', id: 'param-' + p.name, min: p.min, max: p.max, step: p.step, value: p.value });
      input.dataset.name = p.name;
      const out = document.createElement('output');
      out.id = 'value-' + p.name;
      out.textContent = p.value + ' ' + p.unit;
      input.addEventListener('input', () => {
        out.textContent = input.value + ' ' + p.unit;
        send({ type: 'set', name: p.name, value: Number(input.value) });
      });
      row.append(label, input, out);
      box.append(row);
    }
  }
  function showLevels(msg) {
    const box = $('meters');
    if (box.dataset.n !== String(msg.channels.length)) {
      box.textContent = '';
      msg.channels.forEach((_, c) => {
        const row = document.createElement('div');
        row.className = 'meter';
        row.innerHTML = '<span>' + (msg.channels.length === 2 ? (c === 0 ? 'Left' : 'Right') : 'Channel ' + (c + 1)) +
          '</span><div class="bar"><div id="bar-' + c + '"></div></div><span id="level-' + c + '"></span>';
        box.append(row);
      });
      box.dataset.n = String(msg.channels.length);
    }
    msg.channels.forEach((ch, c) => {
      const pct = Math.max(0, Math.min(100, (ch.rmsDb + 80) / 80 * 100));
      $('bar-' + c).style.width = pct.toFixed(1) + '%';
      $('level-' + c).textContent = 'rms ' + ch.rmsDb.toFixed(1) + ' / peak ' + ch.peakDb.toFixed(1) + ' dBFS';
    });
    $('elapsed').textContent = msg.elapsedSeconds.toFixed(1) + ' s';
  }
  function showSpectrum(msg) {
    const data = [msg.f, msg.db];
    if (!plot) {
      plot = new uPlot({
        width: Math.min(900, document.body.clientWidth - 40), height: 260,
        scales: { x: { time: false }, y: { auto: true } },
        axes: [{ label: 'Hz' }, { label: 'dB/Hz' }],
        series: [{ label: 'f (Hz)' }, { label: 'output PSD (dB/Hz)', stroke: '#1f5fbf', width: 1.5 }],
      }, data, $('spectrum'));
    } else {
      plot.setData(data);
    }
  }
  ws.addEventListener('open', () => { $('device').textContent = 'connected'; });
  ws.addEventListener('close', () => { $('device').textContent = 'disconnected from the panel server'; setRunning(false); $('start').disabled = true; });
  ws.addEventListener('message', (ev) => {
    window.rxdspPanel.messages++;
    const msg = JSON.parse(ev.data);
    switch (msg.type) {
      case 'hello':
        $('device').textContent = 'Device: ' + msg.device + ' · ' + msg.sampleRate + ' Hz · ' + msg.frameLength + ' samples/frame · ' + msg.channels + ' channel(s)';
        buildParams(msg.parameters);
        setRunning(msg.running);
        break;
      case 'state': setRunning(msg.running); if (msg.report) $('stats').textContent = msg.report; break;
      case 'param': {
        const input = $('param-' + msg.name);
        if (input && document.activeElement !== input) { input.value = msg.value; }
        const out = $('value-' + msg.name);
        if (out) out.textContent = msg.value + ' ' + msg.unit;
        break;
      }
      case 'level': showLevels(msg); break;
      case 'spectrum': showSpectrum(msg); break;
      case 'stats': $('stats').textContent = msg.report; break;
      case 'error': showError(msg.message); break;
    }
  });
  $('start').addEventListener('click', () => send({ type: 'start' }));
  $('stop').addEventListener('click', () => send({ type: 'stop' }));
})();
</script>
</body>
</html>
`;
}
