package dynamo_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/config"
	"namebot/pkg/dynamo"
	"namebot/pkg/local"
	"namebot/pkg/namebot"
)

var db *dynamo.DB

// TestMain runs the store tests against dynalite over HTTP, with the
// tables template.yaml declares.
func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	ctx := context.Background()
	root, err := local.Root()
	if err != nil {
		return 0, err
	}
	tmpl, err := local.LoadTemplate(root + "/template.yaml")
	if err != nil {
		return 0, err
	}
	dl, err := local.StartDynalite(ctx, root, "")
	if err != nil {
		return 0, err
	}
	defer dl.Stop()
	client := dynamodb.NewFromConfig(local.AWSConfig("us-east-1"), func(o *dynamodb.Options) { o.BaseEndpoint = aws.String(dl.Endpoint) })
	if err := local.CreateTables(ctx, client, tmpl); err != nil {
		return 0, err
	}
	cfg, err := config.FromEnv(func(string) string { return "" })
	if err != nil {
		return 0, err
	}
	db = &dynamo.DB{API: client, Tables: dynamo.Tables(cfg.Tables)}
	return m.Run(), nil
}

func TestDB_Spend(t *testing.T) {
	ctx := context.Background()
	exp := time.Now().Add(72 * time.Hour)
	for round := 0; round < 5; round++ {
		user := namebot.NewID()
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok, errs := 0, 0
		for i := 0; i < 100; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, spent, err := db.Spend(ctx, user, "2026-11-26", 5, exp)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs++
				} else if spent {
					ok++
				}
			}()
		}
		wg.Wait()
		if errs != 0 || ok != 5 {
			t.Fatalf("round %d: %d spent, %d errors; want exactly 5 and 0", round, ok, errs)
		}
		if used, err := db.Used(ctx, user, "2026-11-26"); err != nil || used != 5 {
			t.Fatalf("used = %d, %v", used, err)
		}
		// Another day is another counter.
		if used, _ := db.Used(ctx, user, "2026-11-27"); used != 0 {
			t.Fatalf("next day used = %d", used)
		}
	}
}

func TestDB_Refund(t *testing.T) {
	ctx := context.Background()
	user := namebot.NewID()
	exp := time.Now().Add(time.Hour)
	if err := db.Refund(ctx, user, "d"); err != nil {
		t.Fatal(err)
	}
	if used, _ := db.Used(ctx, user, "d"); used != 0 {
		t.Fatalf("refund below zero: %d", used)
	}
	for i := 0; i < 5; i++ {
		if _, ok, err := db.Spend(ctx, user, "d", 5, exp); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	if _, ok, _ := db.Spend(ctx, user, "d", 5, exp); ok {
		t.Fatal("spent past the limit")
	}
	if err := db.Refund(ctx, user, "d"); err != nil {
		t.Fatal(err)
	}
	if used, ok, _ := db.Spend(ctx, user, "d", 5, exp); !ok || used != 5 {
		t.Fatalf("after refund: %d %v", used, ok)
	}
}

func TestDB_RotateSession(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	ss := &namebot.Session{ID: namebot.NewID(), UserID: "u", TokenHash: "h0", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := db.CreateSession(ctx, ss); err != nil {
		t.Fatal(err)
	}
	// Ten concurrent rotations of the same token. One wins; the others
	// come within the grace window with the token just replaced, so each
	// either rotates again from the token then current or is refused, and
	// none revokes the family. Every win is one conditional write: the
	// family remembers exactly one replaced token per win.
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := map[string]bool{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, got, err := db.RotateSession(ctx, ss.ID, "h0", fmt.Sprintf("h1-%d", i), now, now.Add(time.Hour))
			if err != nil || res == namebot.Reused {
				t.Errorf("concurrent rotation: %v %v", res, err)
			}
			if res == namebot.Rotated {
				mu.Lock()
				won[got.TokenHash] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	item, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Sessions, Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: ss.ID}}, ConsistentRead: aws.Bool(true)})
	if err != nil {
		t.Fatal(err)
	}
	prev, _ := item.Item["prev_hashes"].(*types.AttributeValueMemberL)
	current, _ := item.Item["token_hash"].(*types.AttributeValueMemberS)
	if len(won) == 0 || prev == nil || len(prev.Value) != len(won) || current == nil || !won[current.Value] {
		t.Fatalf("%d rotations won, %v remembered, current %v", len(won), prev, current)
	}
	cur, _, err := db.RotateSession(ctx, ss.ID, "h0", "h1-lost", now, now.Add(time.Hour))
	if err != nil || cur != namebot.Rotated {
		t.Fatalf("the token just replaced, within the grace window: %v %v (a lost answer rotates again)", cur, err)
	}
	// Again within the window (a second reload that lost its answer too).
	soon := now.Add(namebot.RotationGrace / 2)
	if res, got, err := db.RotateSession(ctx, ss.ID, "h0", "h2", soon, soon.Add(time.Hour)); err != nil || res != namebot.Rotated || got.TokenHash != "h2" {
		t.Fatalf("second lost answer: %v %+v %v", res, got, err)
	}
	// The tokens it replaced (never received) are reuse, not a lost answer.
	if res, _, _ := db.RotateSession(ctx, ss.ID, "h1-lost", "hx", soon, soon.Add(time.Hour)); res != namebot.Reused {
		t.Fatalf("a token replaced by the grace = %v, want reuse", res)
	}
	if res, _, _ := db.RotateSession(ctx, ss.ID, "h2", "h3", soon, soon.Add(time.Hour)); res == namebot.Rotated {
		t.Fatal("revoked family rotated")
	}
	// Past the grace window (counted from the first rotation, never
	// extended), the old token revokes a fresh family.
	ss2 := &namebot.Session{ID: namebot.NewID(), UserID: "u", TokenHash: "g0", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := db.CreateSession(ctx, ss2); err != nil {
		t.Fatal(err)
	}
	if res, _, _ := db.RotateSession(ctx, ss2.ID, "g0", "g1", now, now.Add(time.Hour)); res != namebot.Rotated {
		t.Fatalf("rotate = %v", res)
	}
	almost := now.Add(namebot.RotationGrace - time.Second)
	if res, _, _ := db.RotateSession(ctx, ss2.ID, "g0", "g2", almost, almost.Add(time.Hour)); res != namebot.Rotated {
		t.Fatalf("lost answer near the end of the window = %v", res)
	}
	later := now.Add(namebot.RotationGrace + time.Second)
	if res, _, _ := db.RotateSession(ctx, ss2.ID, "g0", "g3", later, later.Add(time.Hour)); res != namebot.Reused {
		t.Fatalf("reuse = %v", res)
	}
	if res, _, _ := db.RotateSession(ctx, ss2.ID, "g2", "g4", later, later.Add(time.Hour)); res == namebot.Rotated {
		t.Fatal("revoked family rotated")
	}
	// Unknown family.
	if res, _, _ := db.RotateSession(ctx, namebot.NewID(), "x", "y", now, now); res != namebot.Invalid {
		t.Fatalf("unknown family = %v", res)
	}
}

func TestDB_Users(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	u := &namebot.User{ID: namebot.NewID(), Email: "dup@example.com", Nickname: "n", PasswordHash: "h", CreatedAt: now, UpdatedAt: now}
	if err := db.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	u2 := &namebot.User{ID: namebot.NewID(), Email: "dup@example.com", Nickname: "n", PasswordHash: "h", CreatedAt: now, UpdatedAt: now}
	if err := db.CreateUser(ctx, u2); namebot.ErrorCode(err) != namebot.ECONFLICT {
		t.Fatalf("duplicate email: %v", err)
	}
	// The loser's user item was removed again (compensation).
	if _, err := db.FindUserByID(ctx, u2.ID); namebot.ErrorCode(err) != namebot.ENOTFOUND {
		t.Fatalf("orphan user item: %v", err)
	}
	got, err := db.FindUserByEmail(ctx, "dup@example.com")
	if err != nil || got.ID != u.ID {
		t.Fatalf("find by email: %v %v", got, err)
	}
	if m, err := db.SetManager(ctx, "DUP@example.com", true); err != nil || !m.IsManager {
		t.Fatalf("set manager: %v %v", m, err)
	}
	if err := db.DeleteUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindUserByEmail(ctx, "dup@example.com"); namebot.ErrorCode(err) != namebot.ENOTFOUND {
		t.Fatalf("after delete: %v", err)
	}
}

func TestDB_StoreDown(t *testing.T) {
	down := &dynamo.DB{API: dynamodb.NewFromConfig(local.AWSConfig("us-east-1"), func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String("http://127.0.0.1:1")
	}), Tables: db.Tables}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := down.FindUserByID(ctx, "x")
	if namebot.ErrorCode(err) != namebot.EUNAVAILABLE {
		t.Fatalf("store down: %v", err)
	}
	if err := down.Ping(ctx); namebot.ErrorCode(err) != namebot.EUNAVAILABLE {
		t.Fatalf("ping: %v", err)
	}
}

// TestTimestampsSortAsStrings: stored times are compared and indexed as
// strings, so their order as strings must be their order in time.
func TestTimestampsSortAsStrings(t *testing.T) {
	base := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	times := []time.Time{base, base.Add(100 * time.Millisecond), base.Add(500 * time.Millisecond), base.Add(550 * time.Millisecond), base.Add(time.Second)}
	for i := 1; i < len(times); i++ {
		a, b := dynamo.FormatTime(times[i-1]), dynamo.FormatTime(times[i])
		if !(a < b) || len(a) != len(b) {
			t.Fatalf("%q does not sort before %q", a, b)
		}
	}
}
