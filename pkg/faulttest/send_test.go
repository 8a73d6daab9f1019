package faulttest

import (
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/apitest"
	"namebot/pkg/llm/llmtest"
)

func itemS(it map[string]types.AttributeValue, k string) string {
	if v, ok := it[k].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

func itemBool(it map[string]types.AttributeValue, k string) bool {
	v, ok := it[k].(*types.AttributeValueMemberBOOL)
	return ok && v.Value
}

func updateHas(s string) func(any) bool {
	return func(in any) bool {
		u := in.(*dynamodb.UpdateItemInput)
		return u.UpdateExpression != nil && strings.Contains(*u.UpdateExpression, s) ||
			u.ExpressionAttributeValues[s] != nil
	}
}

// TestSendStoreFaults fails one DynamoDB call at each step of a send and
// checks what chat.Service.Send promises (its doc comment):
//
//   - Before the unit is spent (room read, request record) or when the
//     spend itself or the history read fails: 503, nothing stored, no unit
//     spent (a history failure refunds), the request record is removed,
//     and the same client_message_id simply works on retry.
//   - After the unit is spent, a failed write (user message, bot message,
//     room activity, request end state, or the refund of a failed model
//     call): 503; the unit stays spent ("a crash can cost a question, never
//     give one"); the request stays pending, so a retry inside the 30 s
//     lease is 409 and a retry after it takes the request over and answers
//     the same question (one user message, same id), spending again.
//
// In every case: never more answered questions than units spent, never a
// unit spent without an unanswered question or a pending (retryable)
// request, never two copies of one question.
func TestSendStoreFaults(t *testing.T) {
	m := newSlowModel(t)
	s := start(t, options{env: map[string]string{
		"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": m.srv.URL + "/v1", "OPENAI_MODEL": "fake", "MODEL_TIMEOUT": modelTimeout.String(),
	}})
	isReq := func(in any) bool { return strings.HasPrefix(itemS(in.(*dynamodb.PutItemInput).Item, "id"), "req#") }
	isMsg := func(user bool) func(any) bool {
		return func(in any) bool {
			it := in.(*dynamodb.PutItemInput).Item
			return !strings.HasPrefix(itemS(it, "id"), "req#") && itemBool(it, "is_user") == user
		}
	}
	cases := []struct {
		name       string
		op, table  string
		match      func(any) bool
		modelFails bool
		used       int  // quota.used right after the failure
		pending    bool // the request is left pending: retry is 409 until the lease ends
		final      int  // quota.used after the successful retry
		partial    bool // instead of a failing call: the exchange batch only partly applied
	}{
		{"RoomRead", "BatchGetItem", "ChatsTable", nil, false, 0, false, 1, false}, // the user and the room
		{"RequestRecord", "PutItem", "MessagesTable", isReq, false, 0, false, 1, false},
		{"Spend", "UpdateItem", "CountersTable", updateHas(":one"), false, 0, false, 1, false},
		{"HistoryRead", "Query", "MessagesTable", nil, false, 0, false, 1, false},
		// The question, the answer and the request's end state are one
		// batch: when it fails nothing of the exchange is stored, the unit
		// stays spent, and the retry after the lease asks again.
		{"ExchangeWrite", "BatchWriteItem", "MessagesTable", nil, false, 1, true, 2, false},
		// DynamoDB applied the answer but never the question and the
		// request (unprocessed on every retry): 503, and the retry after
		// the lease finds the stored answer and completes the exchange
		// without asking or spending again (chat.Service.repair).
		{"PartialExchange", "", "", nil, false, 1, true, 1, true},
		{"RefundAfterModelFailure", "UpdateItem", "CountersTable", updateHas(":minus"), true, 1, true, 2, false},
		{"UnansweredWriteAfterModelFailure", "PutItem", "MessagesTable", isMsg(true), true, 0, true, 1, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := user(t, s, "sendfault")
			room := apitest.NewRoom(t, c, "Python", "PEP 8")
			body := map[string]string{"content": "names for a retry counter", "client_message_id": "q-1"}
			if tc.modelFails {
				m.fake.Set(llmtest.Fail, "", 500)
			}
			var rule *rule
			if tc.partial {
				s.faults.partial.Store(true)
			} else {
				rule = s.faults.failOnce(tc.op, tc.table, tc.match)
			}
			r := do(s.URL, "POST", "/api/chat/"+room, c.Token, body)
			s.faults.clear()
			s.faults.partial.Store(false)
			m.fake.Set(llmtest.Answer, llmtest.DefaultContent, 0)
			if rule != nil && !rule.fired.Load() {
				t.Fatalf("the fault was never triggered (%s %s)", tc.op, tc.table)
			}
			// What the user sees: a prompt 503 with the error shape.
			wantUnavailable(t, "send", r, 5*time.Second)

			// What is stored right after.
			used, st := apitest.UsedToday(t, c), readRoom(t, c, room)
			t.Logf("after the failure: quota.used=%d, room %+v", used, st)
			if st.ByClientID["q-1"] > 1 {
				t.Fatalf("the question is stored %d times", st.ByClientID["q-1"])
			}
			if used < st.Answered {
				t.Fatalf("more answered questions (%d) than units spent (%d)", st.Answered, used)
			}
			halfWritten := st.Bots != st.Answered || st.Users != st.Answered+st.Unanswered
			switch {
			case tc.partial && (st.Bots != 1 || st.Users != 0):
				t.Fatalf("the partly applied batch should leave just the answer: %+v", st)
			case !tc.partial && halfWritten:
				t.Errorf("half-written right after the 503: %d question(s) (%d marked answered), %d answer(s) in the room", st.Users, st.Answered, st.Bots)
			}
			if used != tc.used {
				t.Fatalf("quota.used=%d right after the failure, want %d", used, tc.used)
			}
			// A unit spent without an answer is explained by an unanswered
			// question or a pending request that a retry can take over.
			if used > st.Answered+st.Unanswered && !tc.pending {
				t.Fatalf("a unit is spent with neither an unanswered question nor a retryable request")
			}
			if !tc.pending {
				if st.Users != 0 || st.Bots != 0 {
					t.Fatalf("a failure before the spend stored messages: %+v", st)
				}
			} else {
				// The request is pending: an immediate retry is refused as
				// in flight; once the lease (30 s) is over, a retry takes it
				// over and answers the same question.
				c.Do("POST", "/api/chat/"+room, body).WantError(t, 409, "conflict")
				s.clock.Advance(31 * time.Second)
			}
			r2 := c.Do("POST", "/api/chat/"+room, body).Want(t, 201)
			used2, st2 := apitest.UsedToday(t, c), readRoom(t, c, room)
			t.Logf("after the retry: quota.used=%d, room %+v", used2, st2)
			if st2.ByClientID["q-1"] != 1 || st2.Users != 1 || st2.Answered != 1 {
				t.Fatalf("after the retry the question is not stored once, answered: %+v", st2)
			}
			if q := r2.JSON["quota"].(map[string]any); q["used"] != float64(used2) {
				t.Fatalf("the retry's quota %v differs from the profile's %d", q, used2)
			}
			if used2 != tc.final {
				t.Fatalf("quota.used=%d after the retry, want %d", used2, tc.final)
			}
			if st2.Bots != st2.Answered {
				t.Errorf("after the retry %d answers for %d question(s): an orphan answer", st2.Bots, st2.Answered)
			}
		})
	}
}

// TestSendRoomActivityFailure: the room's activity only orders the room
// list, so failing to update it must not turn a stored answer into a 503
// (and a retry into a second unit).
func TestSendRoomActivityFailure(t *testing.T) {
	m := newSlowModel(t)
	s := start(t, options{env: map[string]string{
		"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": m.srv.URL + "/v1", "OPENAI_MODEL": "fake", "MODEL_TIMEOUT": modelTimeout.String(),
	}})
	c, _ := user(t, s, "activity")
	room := apitest.NewRoom(t, c, "Python", "PEP 8")
	rule := s.faults.failOnce("UpdateItem", "ChatsTable", nil)
	r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "names for a retry counter", "client_message_id": "a-1"})
	s.faults.clear()
	if !rule.fired.Load() {
		t.Fatal("the fault was never triggered")
	}
	r.Want(t, 201)
	if used, st := apitest.UsedToday(t, c), readRoom(t, c, room); used != 1 || st.Answered != 1 || st.Bots != 1 {
		t.Fatalf("quota.used=%d, room %+v", used, st)
	}
}
