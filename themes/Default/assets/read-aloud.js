/* 朗读 (read aloud, 适老化): reads the report's own text with the browser's speechSynthesis in zh-CN. Ours, no
   third-party code, no cloud voice: nothing leaves the reader's device. The buttons stay hidden where the browser
   cannot speak. */
(function () {
  'use strict';

  var box = document.getElementById('read-aloud');
  var synth = window.speechSynthesis;
  if (!box || !synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
  var source = document.getElementById(box.getAttribute('data-source'));
  if (!source) return;

  var startButton = box.querySelector('[data-action="start"]');
  var pauseButton = box.querySelector('[data-action="pause"]');
  var stopButton = box.querySelector('[data-action="stop"]');
  var status = box.querySelector('[role="status"]');
  var state = 'idle';
  var run = 0;

  // Headings and paragraphs of the report, not its navigation, controls or tables (the 逐项文字版 reads those).
  var skipped = 'nav, table, .table-scroll, .scroll-hint, .read-aloud, .report-views, .facts, .view-note';
  function blocks() {
    var found = [];
    Array.prototype.forEach.call(source.querySelectorAll('h1, h2, h3, h4, p, li'), function (e) {
      if (e.closest(skipped) || e.parentElement.closest('li')) return;
      var text = e.textContent.replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
    });
    return found;
  }

  // Short utterances: some engines stop a long one after about 15 seconds. Split after a full stop when needed.
  function chunks(text) {
    var parts = text.match(/[^。！？；]+[。！？；]?/g) || [text];
    var out = [];
    var current = '';
    parts.forEach(function (part) {
      if ((current + part).length > 120 && current) {
        out.push(current);
        current = '';
      }
      current += part;
    });
    if (current) out.push(current);
    return out;
  }

  function chineseVoice() {
    var voices = synth.getVoices ? synth.getVoices() : [];
    var zh = voices.filter(function (v) { return /^zh/i.test(v.lang); });
    return zh.filter(function (v) { return /^zh[-_]CN/i.test(v.lang); })[0] || zh[0] || null;
  }

  function show(next, message) {
    state = next;
    startButton.disabled = state !== 'idle';
    pauseButton.disabled = state === 'idle';
    stopButton.disabled = state === 'idle';
    pauseButton.textContent = state === 'paused' ? '继续' : '暂停';
    status.textContent = message;
  }

  function start() {
    synth.cancel();
    var texts = [];
    blocks().forEach(function (b) { texts = texts.concat(chunks(b)); });
    if (!texts.length) return;
    var voice = chineseVoice();
    var mine = ++run;
    texts.forEach(function (text, i) {
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = 'zh-CN';
      if (voice) utterance.voice = voice;
      if (i === texts.length - 1) {
        utterance.onend = function () { if (mine === run) show('idle', '朗读完毕。'); };
      }
      synth.speak(utterance);
    });
    show('speaking', '正在朗读。');
    // The start button is now disabled; keep keyboard focus on the controls rather than losing it to the page.
    pauseButton.focus();
  }

  startButton.addEventListener('click', start);
  pauseButton.addEventListener('click', function () {
    if (state === 'speaking') {
      synth.pause();
      show('paused', '已暂停。');
    } else if (state === 'paused') {
      synth.resume();
      show('speaking', '正在朗读。');
    }
  });
  stopButton.addEventListener('click', function () {
    run++;
    synth.cancel();
    show('idle', '已停止。');
    startButton.focus();
  });

  // Leaving the page must not leave the voice talking.
  window.addEventListener('pagehide', function () { synth.cancel(); });

  box.hidden = false;
})();
