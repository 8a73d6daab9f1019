package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"namebot/pkg/dynamo/dynamotest"
)

// A request function sends one request and returns its status and body.
type reqFunc func(ctx context.Context) (int, []byte, error)

// routeSpec is one measured route.
type routeSpec struct {
	Name  string // as printed
	Route string // API Gateway route key
	Kind  string // signup, login, read or send: which targets apply
	Want  int    // the status every request must get
	// Budget is the DynamoDB calls per request README.md documents for the
	// route (0: none documented).
	Budget int
	// Cap is the most requests one worker may send (0: no cap): a send
	// worker has one user, and a user has DAILY_LIMIT sends a day.
	Cap int
	// worker prepares the request function of one client (untimed).
	worker func(ctx context.Context, c *client, f *fixtures, id string) (reqFunc, error)
}

// fixtures are what the measured routes read, made through the API once
// per target before anything is timed.
type fixtures struct {
	prefix string // unique per target and run: emails, message ids
	reader *user  // owns roomsSeeded rooms and postsSeeded posts
	room   string // one of reader's rooms, with messagesSeeded exchanges
	seq    atomic.Int64
}

const (
	roomsSeeded    = 10
	messagesSeeded = 10 // sends: each stores a question and an answer
	postsSeeded    = 25
	sendContent    = "사칙연산을 위한 변수명 추천해줘"
	// sendCap keeps one send worker under DAILY_LIMIT (1000, the most
	// config accepts): the user it signs up spends nothing else.
	sendCap = 900
)

func seed(ctx context.Context, c *client, prefix string) (*fixtures, error) {
	f := &fixtures{prefix: prefix}
	var err error
	if f.reader, err = c.signUp(ctx, prefix+"-reader@bench.example"); err != nil {
		return nil, fmt.Errorf("seed: %w", err)
	}
	for i := 0; i < roomsSeeded; i++ {
		id, err := c.newRoom(ctx, f.reader)
		if err != nil {
			return nil, fmt.Errorf("seed: %w", err)
		}
		if i == 0 {
			f.room = id
		}
	}
	for i := 0; i < messagesSeeded; i++ {
		if err := c.call(ctx, "POST", "/api/chat/"+f.room, f.reader.token, map[string]string{
			"content": sendContent, "client_message_id": fmt.Sprintf("%s-seed-%d", prefix, i),
		}, 201, nil); err != nil {
			return nil, fmt.Errorf("seed: %w", err)
		}
	}
	for i := 0; i < postsSeeded; i++ {
		if err := c.call(ctx, "POST", "/api/board", f.reader.token, map[string]string{
			"title": fmt.Sprintf("벤치 글 %d", i), "content": "변수명 users와 user_list 중 무엇이 좋나요?", "category": "question",
		}, 201, nil); err != nil {
			return nil, fmt.Errorf("seed: %w", err)
		}
	}
	return f, nil
}

func get(path string, token func(*fixtures) string) func(context.Context, *client, *fixtures, string) (reqFunc, error) {
	return func(_ context.Context, c *client, f *fixtures, _ string) (reqFunc, error) {
		p, tok := path, token(f)
		if p == "" {
			p = "/api/chat/" + f.room
		}
		return func(ctx context.Context) (int, []byte, error) { return c.do(ctx, "GET", p, tok, nil) }, nil
	}
}

func readerToken(f *fixtures) string { return f.reader.token }
func noToken(*fixtures) string       { return "" }

// routes are the measured routes, in the order they are measured and printed.
func routes() []routeSpec {
	return []routeSpec{
		{Name: "signup", Route: "POST /api/accounts/signup", Kind: "signup", Want: 201,
			worker: func(_ context.Context, c *client, f *fixtures, _ string) (reqFunc, error) {
				return func(ctx context.Context) (int, []byte, error) {
					body, _ := json.Marshal(map[string]string{
						"email":    fmt.Sprintf("%s-s%d@bench.example", f.prefix, f.seq.Add(1)),
						"password": "bench-pass-1", "password2": "bench-pass-1", "nickname": "bench",
					})
					return c.do(ctx, "POST", "/api/accounts/signup", "", body)
				}, nil
			}},
		{Name: "login", Route: "POST /api/accounts/login", Kind: "login", Want: 200, Budget: 4,
			worker: func(_ context.Context, c *client, f *fixtures, _ string) (reqFunc, error) {
				body, _ := json.Marshal(map[string]string{"email": f.reader.email, "password": f.reader.password})
				return func(ctx context.Context) (int, []byte, error) {
					return c.do(ctx, "POST", "/api/accounts/login", "", body)
				}, nil
			}},
		{Name: "room list", Route: "GET /api/chat", Kind: "read", Want: 200, Budget: 1, worker: get("/api/chat", readerToken)},
		{Name: "room read", Route: "GET /api/chat/{chatId}", Kind: "read", Want: 200, Budget: 2, worker: get("", readerToken)},
		{Name: "send", Route: "POST /api/chat/{chatId}", Kind: "send", Want: 201, Budget: 6, Cap: sendCap,
			worker: func(ctx context.Context, c *client, f *fixtures, id string) (reqFunc, error) {
				// Each worker is its own user with its own room: the
				// daily limit is per user, and a real user sends alone.
				u, err := c.signUp(ctx, fmt.Sprintf("%s-send-%s@bench.example", f.prefix, id))
				if err != nil {
					return nil, err
				}
				room, err := c.newRoom(ctx, u)
				if err != nil {
					return nil, err
				}
				var n int
				return func(ctx context.Context) (int, []byte, error) {
					n++
					body, _ := json.Marshal(map[string]string{
						"content": sendContent, "client_message_id": fmt.Sprintf("%s-%s-%d", f.prefix, id, n),
					})
					return c.do(ctx, "POST", "/api/chat/"+room, u.token, body)
				}, nil
			}},
		{Name: "board list", Route: "GET /api/board", Kind: "read", Want: 200, Budget: 2, worker: get("/api/board", noToken)},
		// The name review with the most names a request may carry, a mix of
		// good and bad ones (every check runs), without a token.
		{Name: "name check (20 names)", Route: "POST /api/naming/check", Kind: "check", Want: 200,
			worker: func(_ context.Context, c *client, _ *fixtures, _ string) (reqFunc, error) {
				body, _ := json.Marshal(map[string]any{"language": "Python", "convention": "PEP 8", "names": checkNames})
				return func(ctx context.Context) (int, []byte, error) {
					return c.do(ctx, "POST", "/api/naming/check", "", body)
				}, nil
			}},
	}
}

// checkNames are the 20 names the check route reviews each time.
var checkNames = []string{
	"getUserList", "user_count", "usr_cnt", "sayongjaList", "isNotValid", "strName", "data2", "processData",
	"MAX_RETRIES", "HttpClient", "fetch_user_profile", "m_name", "hasNoItems", "jumun_count", "btnSubmit",
	"get_user_profile_from_remote_server_cache", "is_logged_in", "utf8_decoder", "class", "hoewonInfo",
}

// Phase is one timed run of a route by some clients.
type Phase struct {
	Clients    int     `json:"clients"`
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	Seconds    float64 `json:"seconds"`
	RPS        float64 `json:"requests_per_second"`
	Latency    Summary `json:"latency"`
	CPU        CPU     `json:"cpu"`
	FirstError string  `json:"first_error,omitempty"`
}

// RouteResult is everything measured on one route.
type RouteResult struct {
	Name  string `json:"name"`
	Route string `json:"route"`
	// Warm is the warm-up (not counted in the figures).
	Warm Phase `json:"warm_up"`
	One  Phase `json:"one_client"`
	// Many is Clients concurrent clients, each sending its next request
	// as soon as its last one is answered.
	Many Phase `json:"concurrent_clients"`
	// DynamoCalls is the calls one request made (a single request on an
	// otherwise idle server); DynamoCallsMean the mean over the one-client
	// phase. -1 when not counted (the API process run).
	DynamoCalls     int64   `json:"dynamodb_calls"`
	DynamoCallsMean float64 `json:"dynamodb_calls_mean"`
	DynamoBudget    int     `json:"dynamodb_budget,omitempty"`
}

// limits bound each phase of a route by time and by count.
type limits struct {
	warm, one, many          time.Duration
	warmMax, oneMax, clients int
}

// benchRoutes measures every route against base. counter, when not nil, is
// the server's DynamoDB client (the in-process stack) and calls are counted.
func benchRoutes(ctx context.Context, c *client, f *fixtures, lim limits, counter *dynamotest.Counting, w watch, progress func(string)) ([]RouteResult, error) {
	var out []RouteResult
	for _, r := range routes() {
		progress(r.Name)
		res := RouteResult{Name: r.Name, Route: r.Route, DynamoCalls: -1, DynamoCallsMean: -1, DynamoBudget: r.Budget}
		prep := func(ids ...string) ([]reqFunc, error) {
			var fns []reqFunc
			for _, id := range ids {
				fn, err := r.worker(ctx, c, f, id)
				if err != nil {
					return nil, fmt.Errorf("%s: prepare: %w", r.Name, err)
				}
				fns = append(fns, fn)
			}
			return fns, nil
		}
		fns, err := prep("warm", "one", "calls")
		if err != nil {
			return nil, err
		}
		if res.Warm, err = runPhase(ctx, w, fns[:1], r.Want, lim.warm, capOf(lim.warmMax, r.Cap)); err != nil {
			return nil, err
		}
		var before int64
		if counter != nil {
			before = counter.Calls()
		}
		if res.One, err = runPhase(ctx, w, fns[1:2], r.Want, lim.one, capOf(lim.oneMax, r.Cap)); err != nil {
			return nil, err
		}
		if counter != nil && res.One.Requests > 0 {
			res.DynamoCallsMean = float64(counter.Calls()-before) / float64(res.One.Requests)
		}
		ids := make([]string, lim.clients)
		for i := range ids {
			ids[i] = fmt.Sprintf("c%d", i)
		}
		many, err := prep(ids...)
		if err != nil {
			return nil, err
		}
		if res.Many, err = runPhase(ctx, w, many, r.Want, lim.many, r.Cap); err != nil {
			return nil, err
		}
		if counter != nil {
			// One request on an idle server; a moment after its answer, in
			// case a call finishes after the response.
			time.Sleep(20 * time.Millisecond)
			before := counter.Calls()
			status, body, err := fns[2](ctx)
			if err != nil || status != r.Want {
				return nil, fmt.Errorf("%s: counted request: status %d, %v: %s", r.Name, status, err, clip(body, 300))
			}
			time.Sleep(20 * time.Millisecond)
			res.DynamoCalls = counter.Calls() - before
		}
		out = append(out, res)
	}
	return out, nil
}

func capOf(a, b int) int {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	}
	return min(a, b)
}

// runPhase runs one worker per request function, each sending requests one
// after another until dur has passed or it has sent maxPer (0: no cap).
// Every answer other than want is an error.
func runPhase(ctx context.Context, w watch, fns []reqFunc, want int, dur time.Duration, maxPer int) (Phase, error) {
	type workerOut struct {
		lat      []time.Duration
		errs     int
		firstErr string
	}
	outs := make([]workerOut, len(fns))
	var wg sync.WaitGroup
	cpu := w.sample()
	start := time.Now()
	deadline := start.Add(dur)
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := &outs[i]
			o.lat = make([]time.Duration, 0, 1024)
			for n := 0; (maxPer == 0 || n < maxPer) && time.Now().Before(deadline) && ctx.Err() == nil; n++ {
				t := time.Now()
				status, body, err := fn(ctx)
				d := time.Since(t)
				if ctx.Err() != nil {
					return
				}
				o.lat = append(o.lat, d)
				if err != nil || status != want {
					o.errs++
					if o.firstErr == "" {
						o.firstErr = fmt.Sprintf("status %d, want %d: %v %s", status, want, err, clip(body, 200))
					}
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	used := w.since(cpu)
	if err := ctx.Err(); err != nil {
		return Phase{}, err
	}
	p := Phase{Clients: len(fns), Seconds: elapsed.Seconds(), CPU: used}
	var all []time.Duration
	for _, o := range outs {
		all = append(all, o.lat...)
		p.Errors += o.errs
		if p.FirstError == "" {
			p.FirstError = o.firstErr
		}
	}
	p.Requests = len(all)
	p.Latency = summarize(all)
	if elapsed > 0 {
		p.RPS = float64(p.Requests) / elapsed.Seconds()
	}
	return p, nil
}
