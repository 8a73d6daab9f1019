// A tiny OpenAI-compatible server for the end-to-end run. POST /v1/chat/completions
// answers according to `mode`:
//   ok       a JSON answer with names and reasons for the question
//   hostile  the same shape with markup and script in names, reasons and the note
//   fail     HTTP 500
//   hang     never answers (the namebot server's MODEL_TIMEOUT must end it)
// It answers streamed requests ("stream": true) with server-sent events too.
import http from 'node:http';

const HOSTILE_NOTE = '<script>window.__xss="note"</script> 참고: <img src=x onerror="window.__xss=\'note-img\'">';

function answerFor(mode) {
  if (mode === 'hostile') {
    return {
      functions: [
        { name: '<img src=x onerror="window.__xss=\'fn\'">', reason: '<img src=x onerror="window.__xss=\'fn-reason\'"> 두 수를 더해요' },
        { name: 'calculate_total', reason: '<script>window.__xss="reason"</script> 합계를 계산해요' },
      ],
      variables: [
        { name: 'total_sum', reason: '<b onmouseover="window.__xss=\'b\'">합계</b> 값을 담아요' },
        { name: '"><svg onload=alert(1)>', reason: 'svg' },
      ],
      constants: [{ name: 'MAX_OPERANDS', reason: '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>' }],
      note: HOSTILE_NOTE,
    };
  }
  return {
    functions: [
      { name: 'add_numbers', reason: '두 수를 더하는 동작이 바로 드러나요.' },
      { name: 'calculate_result', reason: '연산 결과를 계산하는 함수예요.' },
    ],
    variables: [
      { name: 'left_operand', reason: '연산의 왼쪽 값이에요.' },
      { name: 'right_operand', reason: '연산의 오른쪽 값이에요.' },
      { name: 'calculation_result', reason: '연산 결과를 담아요.' },
    ],
    constants: [{ name: 'SUPPORTED_OPERATORS', reason: '지원하는 연산자 목록이에요.' }],
    note: 'PEP 8에 맞춰 snake_case로 지었어요.',
  };
}

/** Starts the fake on 127.0.0.1:port; returns a handle whose `mode` can be changed at any time. */
export function startFakeOpenAI(port) {
  const state = { mode: 'ok', requests: [], server: null };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      let parsed = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        // keep {}
      }
      state.requests.push(parsed);
      const mode = state.mode;
      if (mode === 'hang') return; // the client gives up
      if (mode === 'fail') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'boom', type: 'server_error' } }));
        return;
      }
      const content = JSON.stringify(answerFor(mode));
      const created = Math.floor(Date.now() / 1000);
      if (parsed.stream) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
        const chunk = (delta, finish) =>
          `data: ${JSON.stringify({ id: 'chatcmpl-e2e', object: 'chat.completion.chunk', created, model: parsed.model ?? 'fake', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        res.write(chunk({ role: 'assistant', content: '' }, null));
        for (let i = 0; i < content.length; i += 40) res.write(chunk({ content: content.slice(i, i + 40) }, null));
        res.write(chunk({}, 'stop'));
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-e2e',
          object: 'chat.completion',
          created,
          model: parsed.model ?? 'fake',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  state.server = server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(state));
  });
}
