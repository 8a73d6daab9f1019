package apitest

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/golang-jwt/jwt/v5"

	"namebot/pkg/app"
	"namebot/pkg/dynamo"
	"namebot/pkg/namebot"
)

// slowSessions runs a hook before every new refresh family is written, to
// put a login's session write where a race would: after a password change
// listed the sessions to revoke (on AWS the by_user index it queries is
// eventually consistent, so even an earlier write may not be listed).
type slowSessions struct {
	dynamo.API
	table string
	hook  atomic.Pointer[func()]
}

func (s *slowSessions) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	if h := s.hook.Load(); h != nil && in.TableName != nil && *in.TableName == s.table {
		(*h)()
	}
	return s.API.PutItem(ctx, in, o...)
}

// TestSecurity_PasswordChangeRacingLogins: logins with the old password
// that race a password change (they read the old hash, and create their
// session after the change listed the sessions to revoke) must not outlive
// it: none of their refresh tokens works afterwards. The changer's own
// session does.
func TestSecurity_PasswordChangeRacingLogins(t *testing.T) {
	slow := &slowSessions{}
	e, _ := Start(t, map[string]string{}, app.Options{WrapDynamo: func(api dynamo.API) dynamo.API {
		slow.API = api
		return slow
	}})
	slow.table = e.Stack.Deps.Cfg.Tables.Sessions
	change := map[string]string{"current_password": "abc12345", "new_password": "new12345", "new_password2": "new12345"}

	t.Run("SessionWrittenAfterTheChange", func(t *testing.T) {
		c := e.NewClient(t)
		addr := Email("pwrace1")
		c.SignUp(addr, "abc12345", "pwrace1")
		arrived, release := make(chan struct{}), make(chan struct{})
		var once sync.Once
		gate := func() { once.Do(func() { close(arrived); <-release }) }
		slow.hook.Store(&gate)
		defer slow.hook.Store(nil)
		login := make(chan *Result, 1)
		go func() {
			r, err := e.NewClient(t).Try("POST", "/api/accounts/login", map[string]string{"email": addr, "password": "abc12345"})
			if err != nil {
				t.Error(err)
			}
			login <- r
		}()
		<-arrived // the login checked the old password and is about to write its session
		c.Do("PATCH", "/api/accounts/profile", change).Want(t, 200)
		close(release)
		r := <-login
		if r == nil {
			t.FailNow()
		}
		r.Want(t, 200)
		e.NewClient(t).Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": r.Str("refresh_token")}).WantError(t, 401, "unauthorized")
		c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
	})

	t.Run("ManyLogins", func(t *testing.T) {
		// Session writes delayed by 0-150 ms while 30 logins and one
		// change run at once; three rounds.
		delay := func() { time.Sleep(time.Duration(rand.IntN(150)) * time.Millisecond) }
		slow.hook.Store(&delay)
		defer slow.hook.Store(nil)
		for round := 0; round < 3; round++ {
			c := e.NewClient(t)
			addr := Email("pwrace")
			c.SignUp(addr, "abc12345", "pwrace")
			var (
				wg     sync.WaitGroup
				mu     sync.Mutex
				tokens []string
			)
			for i := 0; i < 30; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					time.Sleep(time.Duration(i) * 3 * time.Millisecond)
					r, err := e.NewClient(t).Try("POST", "/api/accounts/login", map[string]string{"email": addr, "password": "abc12345"})
					if err != nil {
						t.Error(err)
						return
					}
					if r.Status == 200 {
						mu.Lock()
						tokens = append(tokens, r.Str("refresh_token"))
						mu.Unlock()
					}
				}()
			}
			time.Sleep(20 * time.Millisecond)
			c.Do("PATCH", "/api/accounts/profile", change).Want(t, 200)
			wg.Wait()
			survived := 0
			for _, tok := range tokens {
				if r := e.NewClient(t).Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": tok}); r.Status != 401 {
					survived++
				}
			}
			t.Logf("round %d: %d logins with the old password succeeded, %d of them refresh after the change", round, len(tokens), survived)
			if survived > 0 {
				t.Errorf("round %d: %d of %d logins with the old password survived the change", round, survived, len(tokens))
			}
			c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
			e.NewClient(t).Login(addr, "new12345")
		}
	})
}

// TestSecurity_RefreshFamilyIdIsNoKillSwitch: the family id is public (the
// sid claim of every access token), so a made-up secret for an existing
// family must be refused without signing its owner out; only a token that
// was really issued in the family counts as reuse and revokes it.
func TestSecurity_RefreshFamilyIdIsNoKillSwitch(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("sidkill"), "abc12345", "sidkill")
	tok := c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200).Str("refresh_token")
	family, _, _ := strings.Cut(tok, ".")
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(c.Token, claims); err != nil || claims["sid"] != family {
		t.Fatalf("sid %v, family %s: %v", claims["sid"], family, err)
	}
	mallory := env.NewClient(t)
	for _, secret := range []string{strings.Repeat("A", 43), strings.Repeat("_", 43), "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"} {
		r := mallory.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": family + "." + secret}).WantError(t, 401, "unauthorized")
		if strings.Contains(string(r.Raw), "이미 사용된") {
			t.Fatalf("a made-up secret counted as reuse: %s", r.Raw)
		}
	}
	// The owner is still signed in.
	c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)

	t.Run("ReuseStillRevokes", func(t *testing.T) {
		// tok has been replaced twice (once more here): it
		// is an older token of the family (past the lost-answer grace,
		// which covers only the one just replaced) and revokes it.
		c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
		r := mallory.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": tok}).WantError(t, 401, "unauthorized")
		if !strings.Contains(string(r.Raw), "이미 사용된") {
			t.Fatalf("reuse not reported: %s", r.Raw)
		}
		c.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
	})
	t.Run("MemoryIsBounded", func(t *testing.T) {
		c := env.NewClient(t)
		c.SignUp(Email("sidmem"), "abc12345", "sidmem")
		var toks []string
		for i := 0; i < 3*namebot.ReuseMemory; i++ {
			toks = append(toks, c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200).Str("refresh_token"))
		}
		family, _, _ := strings.Cut(toks[0], ".")
		got, err := env.Stack.Deps.DB.API.GetItem(context.Background(), &dynamodb.GetItemInput{
			TableName: &env.Stack.Deps.Cfg.Tables.Sessions, Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: family}},
		})
		if err != nil {
			t.Fatal(err)
		}
		l, _ := got.Item["prev_hashes"].(*types.AttributeValueMemberL)
		if l == nil || len(l.Value) < namebot.ReuseMemory || len(l.Value) > 2*namebot.ReuseMemory {
			t.Fatalf("prev_hashes holds %v after %d rotations", l, len(toks))
		}
		// The token ReuseMemory rotations back is still known as reuse.
		old := toks[len(toks)-1-namebot.ReuseMemory]
		r := env.NewClient(t).Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": old}).WantError(t, 401, "unauthorized")
		if !strings.Contains(string(r.Raw), "이미 사용된") {
			t.Fatalf("reuse of a token %d rotations back not recognised: %s", namebot.ReuseMemory, r.Raw)
		}
	})
}
