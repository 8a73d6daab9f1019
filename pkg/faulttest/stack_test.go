package faulttest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/apitest"
	"namebot/pkg/app"
	"namebot/pkg/auth"
	"namebot/pkg/dynamo"
	"namebot/pkg/namebot"
)

// stack is a local stack for one test, with its knobs.
type stack struct {
	*apitest.Env
	faults *faultAPI
	clock  *clock
}

type options struct {
	env    map[string]string
	onDisk bool // dynalite persists under a temp dir (survives a kill)
}

// light argon2 parameters: the fault tests are not about hashing.
var light = &auth.Argon2Params{Memory: 1024, Time: 1, Threads: 1}

// start brings up apitest's stack with a DynamoDB client that goes through
// a fault injector and a clock the test can move forward.
func start(t *testing.T, o options) *stack {
	t.Helper()
	env := map[string]string{}
	for k, v := range o.env {
		env[k] = v
	}
	if o.onDisk {
		env["DATA_DIR"] = t.TempDir()
	}
	s := &stack{faults: &faultAPI{}, clock: newClock(time.Now())}
	s.Env, _ = apitest.Start(t, env, app.Options{Argon2: light, Now: s.clock.Now, WrapDynamo: s.faults.wrap})
	return s
}

// clock is time.Now moved forward by the test (to let leases expire).
type clock struct{ off atomic.Int64 }

func (c *clock) Now() time.Time { return time.Now().Add(time.Duration(c.off.Load())) }

// quotaZone is the stack's quota day (config's QUOTA_TZ default).
const quotaZone = "Asia/Seoul"

// newClock starts the clock at least 10 minutes before the end of a quota
// day: a test that moves it forward (a lease's 31 s) must not cross
// midnight, where the day's quota starts again from 0 (the send tests
// failed between 23:59:29 and midnight KST, quota.used 1 after the retry).
func newClock(now time.Time) *clock {
	c := &clock{}
	p, err := namebot.NewQuotaPolicy(5, quotaZone)
	if err != nil {
		panic(err) // a zone name of this file
	}
	if left := p.ResetsAt(now).Sub(now); left < 10*time.Minute {
		c.off.Store(int64(left + time.Minute))
	}
	return c
}
func (c *clock) Advance(d time.Duration) { c.off.Add(int64(d)) }

// errInjected is what a failing DynamoDB call returns.
var errInjected = errors.New("injected fault")

// rule fails the next call that matches, once.
type rule struct {
	op    string
	table string
	match func(in any) bool
	fired atomic.Bool
	// hold, when set, makes the matching call wait until it is closed
	// (and then go through) instead of failing; reached is closed when
	// the call arrives.
	hold, reached chan struct{}
}

// holdOnce makes the next call of op on table (matching match, when
// given) wait before it reaches DynamoDB until the returned release is
// called; <-r.reached says the call is waiting.
func (f *faultAPI) holdOnce(op, table string, match func(in any) bool) (r *rule, release func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r = &rule{op: op, table: table, match: match, hold: make(chan struct{}), reached: make(chan struct{})}
	f.rules = append(f.rules, r)
	var once sync.Once
	return r, func() { once.Do(func() { close(r.hold) }) }
}

// faultAPI is the DynamoDB client with failures on demand. It forwards
// through a named field and implements every method itself, so a method
// added to dynamo.API does not compile until it can fail here too.
type faultAPI struct {
	next  dynamo.API
	mu    sync.Mutex
	rules []*rule
	calls atomic.Int64
	// partial makes every BatchWriteItem apply only its bot messages.
	partial atomic.Bool
}

var _ dynamo.API = (*faultAPI)(nil)

// wrap makes f the client in front of api (app.Options.WrapDynamo).
func (f *faultAPI) wrap(api dynamo.API) dynamo.API {
	f.next = api
	return f
}

// failOnce makes the next call of op on table (matching match, when given)
// fail before it reaches DynamoDB.
func (f *faultAPI) failOnce(op, table string, match func(in any) bool) *rule {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := &rule{op: op, table: table, match: match}
	f.rules = append(f.rules, r)
	return r
}

func (f *faultAPI) clear() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = nil
}

func (f *faultAPI) check(op string, table *string, in any) error {
	f.calls.Add(1)
	f.mu.Lock()
	var held *rule
	for _, r := range f.rules {
		if r.fired.Load() || r.op != op || (table != nil && r.table != *table) || (r.match != nil && !r.match(in)) {
			continue
		}
		r.fired.Store(true)
		if r.hold == nil {
			f.mu.Unlock()
			return fmt.Errorf("%w: %s %s", errInjected, op, r.table)
		}
		held = r
		break
	}
	f.mu.Unlock()
	if held != nil {
		close(held.reached)
		<-held.hold
	}
	return nil
}

func (f *faultAPI) GetItem(ctx context.Context, in *dynamodb.GetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	if err := f.check("GetItem", in.TableName, in); err != nil {
		return nil, err
	}
	return f.next.GetItem(ctx, in, o...)
}

func (f *faultAPI) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	if err := f.check("PutItem", in.TableName, in); err != nil {
		return nil, err
	}
	return f.next.PutItem(ctx, in, o...)
}

func (f *faultAPI) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, o ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	if err := f.check("UpdateItem", in.TableName, in); err != nil {
		return nil, err
	}
	return f.next.UpdateItem(ctx, in, o...)
}

func (f *faultAPI) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	if err := f.check("DeleteItem", in.TableName, in); err != nil {
		return nil, err
	}
	return f.next.DeleteItem(ctx, in, o...)
}

// batchTable is the table of a one-table batch (nil for several, which
// then matches any rule's table).
func batchTable[T any](items map[string]T) *string {
	if len(items) != 1 {
		return nil
	}
	for name := range items {
		return &name
	}
	return nil
}

func (f *faultAPI) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	if err := f.check("BatchGetItem", batchTable(in.RequestItems), in); err != nil {
		return nil, err
	}
	return f.next.BatchGetItem(ctx, in, o...)
}

func (f *faultAPI) Query(ctx context.Context, in *dynamodb.QueryInput, o ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	if err := f.check("Query", in.TableName, in); err != nil {
		return nil, err
	}
	return f.next.Query(ctx, in, o...)
}

func (f *faultAPI) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	if err := f.check("BatchWriteItem", batchTable(in.RequestItems), in); err != nil {
		return nil, err
	}
	if f.partial.Load() {
		return f.partialWrite(ctx, in, o...)
	}
	return f.next.BatchWriteItem(ctx, in, o...)
}

// partialWrite applies only the bot messages of a batch and hands every
// other item back as unprocessed, every time: a batch that DynamoDB only
// partly applied, however often it is retried.
func (f *faultAPI) partialWrite(ctx context.Context, in *dynamodb.BatchWriteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	apply := map[string][]types.WriteRequest{}
	left := map[string][]types.WriteRequest{}
	for table, reqs := range in.RequestItems {
		for _, r := range reqs {
			if r.PutRequest != nil && !strings.HasPrefix(itemS(r.PutRequest.Item, "id"), "req#") && !itemBool(r.PutRequest.Item, "is_user") {
				apply[table] = append(apply[table], r)
			} else {
				left[table] = append(left[table], r)
			}
		}
	}
	if len(apply) > 0 {
		if _, err := f.next.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: apply}, o...); err != nil {
			return nil, err
		}
	}
	return &dynamodb.BatchWriteItemOutput{UnprocessedItems: left}, nil
}

// raw is one request made without apitest's Fatalf on transport errors:
// the outage tests time every request and must see hangs as failures.
type raw struct {
	Status int
	JSON   map[string]any
	Body   []byte
	Took   time.Duration
	Err    error
}

var rawClient = &http.Client{Timeout: 15 * time.Second, Transport: &http.Transport{Proxy: nil, MaxIdleConnsPerHost: 32}}

func do(base, method, path, token string, body any) raw {
	c := &apitest.Client{Base: base, Token: token, HTTP: rawClient}
	start := time.Now()
	r, err := c.Try(method, path, body)
	if err != nil {
		return raw{Err: err, Took: time.Since(start)}
	}
	return raw{Status: r.Status, JSON: r.JSON, Body: r.Raw, Took: time.Since(start)}
}

// errorCode returns error.code, and "" unless the body has the error shape
// with a message.
func (r raw) errorCode() string {
	e, _ := r.JSON["error"].(map[string]any)
	code, _ := e["code"].(string)
	msg, _ := e["message"].(string)
	if msg == "" {
		return ""
	}
	return code
}

// wantUnavailable fails unless r is a prompt 503 with the error shape and
// no internal detail.
func wantUnavailable(t *testing.T, what string, r raw, within time.Duration) {
	t.Helper()
	if r.Err != nil {
		t.Errorf("%s: no answer after %v: %v", what, r.Took.Round(time.Millisecond), r.Err)
		return
	}
	if r.Status != 503 || r.errorCode() != "unavailable" {
		t.Errorf("%s: %d %s, want 503 unavailable", what, r.Status, r.Body)
	}
	if r.Took > within {
		t.Errorf("%s: took %v, want under %v", what, r.Took.Round(time.Millisecond), within)
	}
	if s := string(r.Body); strings.Contains(s, "injected") || strings.Contains(s, "dial") || strings.Contains(s, "127.0.0.1") {
		t.Errorf("%s: internal detail in the answer: %s", what, s)
	}
}

// user signs a new user up on s and returns its client (logged in) and id.
func user(t *testing.T, s *stack, prefix string) (*apitest.Client, string) {
	t.Helper()
	c := s.NewClient(t)
	id := c.SignUp(apitest.Email(prefix), "abc12345", prefix)
	return c, id
}

// roomState is what GET /api/chat/{id} shows, counted.
type roomState struct {
	Users, Answered, Unanswered, Bots int
	ByClientID                        map[string]int
}

func readRoom(t *testing.T, c *apitest.Client, room string) roomState {
	t.Helper()
	r := c.Do("GET", "/api/chat/"+room+"?limit=100", nil).Want(t, 200)
	st := roomState{ByClientID: map[string]int{}}
	msgs, _ := r.JSON["messages"].([]any)
	for _, it := range msgs {
		m := it.(map[string]any)
		if m["is_user"] == true {
			st.Users++
			cid, _ := m["client_message_id"].(string)
			st.ByClientID[cid]++
			switch m["status"] {
			case "answered":
				st.Answered++
			case "unanswered":
				st.Unanswered++
			}
		} else {
			st.Bots++
		}
	}
	return st
}

// TestNewClockKeepsOffDayEnd: started in the last minutes of a quota day,
// the clock moves past midnight with room to spare; elsewhere it is now.
func TestNewClockKeepsOffDayEnd(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	late := time.Date(2026, 12, 5, 23, 59, 40, 0, kst)
	moved := late.Add(time.Duration(newClock(late).off.Load()))
	if midnight := time.Date(2026, 12, 6, 0, 0, 0, 0, kst); moved.Before(midnight.Add(time.Minute)) {
		t.Errorf("started at %v, the clock reads %v: not past midnight with a minute to spare", late, moved)
	}
	if moved.Add(31*time.Second).Day() != moved.Day() {
		t.Errorf("a 31 s lease from %v crosses midnight", moved)
	}
	noon := time.Date(2026, 12, 5, 12, 0, 0, 0, kst)
	if off := newClock(noon).off.Load(); off != 0 {
		t.Errorf("at noon the clock moves %v, want 0", time.Duration(off))
	}
}
