// Package app composes the adapters and services into the handler of each
// function. The Lambda mains and the local stack both build their handlers
// here, so what runs on a laptop is what runs on AWS.
package app

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/accounts"
	"namebot/pkg/auth"
	"namebot/pkg/board"
	"namebot/pkg/chat"
	"namebot/pkg/config"
	"namebot/pkg/dynamo"
	"namebot/pkg/httpapi"
	"namebot/pkg/images"
	"namebot/pkg/metrics"
	"namebot/pkg/namebot"
	"namebot/pkg/oauth"
)

// Deps are the clients and services shared by the functions. Build them
// once per process (once per cold start on Lambda).
type Deps struct {
	Cfg    config.Config
	AWS    aws.Config
	DB     *dynamo.DB
	Images *images.Store
	Tokens *auth.Tokens
	Hasher *auth.Hasher
	Policy namebot.QuotaPolicy
	Model  namebot.Model
	// OAuth are the configured sign-in providers (accounts only).
	OAuth map[string]namebot.OAuthProvider
	// Metrics is where the services record their CloudWatch metrics.
	Metrics *metrics.Emitter
	Log     *slog.Logger
	Now     func() time.Time
}

// Options adjust NewDeps for tests and the local stack.
type Options struct {
	// WrapDynamo wraps the DynamoDB client (call counting, fault injection).
	WrapDynamo func(dynamo.API) dynamo.API
	// Argon2 overrides the password-hashing cost (tests only).
	Argon2 *auth.Argon2Params
	Now    func() time.Time
	Log    *slog.Logger
	// Metrics receives the EMF lines; nil is stdout (metrics.Stdout), where
	// Lambda's log group and so CloudWatch read them.
	Metrics *metrics.Emitter
	// Parts build the optional clients (images, model). Each function's
	// main names only the parts it uses, so the linker leaves the others'
	// SDK code out of its bootstrap. The model part is model.With, in
	// pkg/app/model; the local stack uses model.All.
	Parts []Part
}

// Part builds one optional dependency into d.
type Part func(ctx context.Context, d *Deps) error

// WithImages builds the S3 image store.
func WithImages(_ context.Context, d *Deps) error {
	d.Images = newImages(d.Cfg, d.AWS)
	return nil
}

// WithOAuth builds the configured sign-in providers, reading their client
// secrets from SSM once per cold start on AWS.
func WithOAuth(ctx context.Context, d *Deps) error {
	d.OAuth = map[string]namebot.OAuthProvider{}
	client := &http.Client{Timeout: 8 * time.Second}
	for _, p := range []struct {
		name string
		cfg  config.OAuthProvider
		make func(oauth.Config) namebot.OAuthProvider
		// needsSecret: GitHub always issues one; Kakao's is optional.
		needsSecret bool
	}{
		{"github", d.Cfg.GitHub, func(c oauth.Config) namebot.OAuthProvider { return oauth.GitHub{Config: c} }, true},
		{"kakao", d.Cfg.Kakao, func(c oauth.Config) namebot.OAuthProvider { return oauth.Kakao{Config: c} }, false},
	} {
		if p.cfg.ClientID == "" {
			continue
		}
		secret := p.cfg.ClientSecret
		if p.cfg.ClientSecretParam != "" {
			v, err := d.Parameter(ctx, p.cfg.ClientSecretParam)
			if err != nil {
				return fmt.Errorf("%s client secret: %w", p.name, err)
			}
			secret = string(v)
		}
		if secret == "" && p.needsSecret {
			d.Log.WarnContext(ctx, "oauth provider has a client id but no client secret: disabled", "provider", p.name)
			continue
		}
		d.OAuth[p.name] = p.make(oauth.Config{
			ClientID: p.cfg.ClientID, ClientSecret: secret, AuthURL: p.cfg.AuthURL, APIURL: p.cfg.APIURL, HTTP: client,
		})
	}
	return nil
}

// NewDeps builds the shared dependencies from cfg and an AWS config.
func NewDeps(ctx context.Context, cfg config.Config, awsCfg aws.Config, opt Options) (*Deps, error) {
	d := &Deps{Cfg: cfg, AWS: awsCfg, Now: opt.Now, Log: opt.Log, Metrics: opt.Metrics}
	if d.Metrics == nil {
		d.Metrics = metrics.Stdout()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = NewLogger(os.Stderr, cfg.LogLevel)
	}
	var err error
	if d.Policy, err = namebot.NewQuotaPolicy(cfg.DailyLimit, cfg.QuotaTZ); err != nil {
		return nil, err
	}
	ddb := dynamodb.NewFromConfig(awsCfg, func(o *dynamodb.Options) {
		if cfg.DynamoEndpoint != "" {
			o.BaseEndpoint = aws.String(cfg.DynamoEndpoint)
		}
	})
	var api dynamo.API = ddb
	if opt.WrapDynamo != nil {
		api = opt.WrapDynamo(api)
	}
	d.DB = &dynamo.DB{API: api, Tables: dynamo.Tables(cfg.Tables)}
	key, err := signingKey(ctx, cfg, awsCfg)
	if err != nil {
		return nil, err
	}
	if d.Tokens, err = auth.NewTokens(key, namebot.AccessTokenTTL, d.Now); err != nil {
		return nil, err
	}
	params := auth.DefaultArgon2
	if opt.Argon2 != nil {
		params = *opt.Argon2
	}
	d.Hasher = auth.NewHasher(params)
	for _, part := range opt.Parts {
		if err := part(ctx, d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// newImages builds the image store: the server's own calls go to
// S3Endpoint (AWS when empty), presigned uploads to the endpoint the
// browser sees.
func newImages(cfg config.Config, awsCfg aws.Config) *images.Store {
	return &images.Store{
		Bucket: cfg.ImagesBucket, Region: awsCfg.Region, Endpoint: cfg.S3Endpoint, PublicEndpoint: cfg.S3PublicEndpoint,
		Credentials: awsCfg.Credentials, HTTP: &http.Client{Timeout: 10 * time.Second},
	}
}

// NewLogger returns the JSON logger every function writes with.
func NewLogger(w *os.File, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}

// signingKey loads the access-token key: from SSM on AWS (read once per
// cold start), else from a file, which the local stack creates on first
// use under DATA_DIR.
func signingKey(ctx context.Context, cfg config.Config, awsCfg aws.Config) ([]byte, error) {
	if cfg.JWTKeyParam != "" {
		v, err := getParameter(ctx, awsCfg, cfg.SSMEndpoint, cfg.JWTKeyParam)
		if err != nil {
			return nil, fmt.Errorf("signing key: %w", err)
		}
		return v, nil
	}
	if cfg.JWTKeyFile == "" {
		return nil, errors.New("signing key: set JWT_KEY_PARAM (AWS) or JWT_KEY_FILE (local)")
	}
	return EnsureKeyFile(cfg.JWTKeyFile)
}

// EnsureKeyFile reads a key file, creating it with 48 random bytes (as 96
// hex digits and a newline, mode 0600) when it does not exist.
func EnsureKeyFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		return []byte(strings.TrimSpace(string(b))), nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	raw := make([]byte, 48)
	_, _ = rand.Read(raw)
	key := fmt.Sprintf("%x", raw)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return EnsureKeyFile(path) // another process won the race
	}
	if err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	if _, err := f.WriteString(key + "\n"); err != nil {
		f.Close()
		return nil, fmt.Errorf("signing key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	return []byte(key), nil
}

// AccountsService is the accounts use cases over the deps.
func (d *Deps) AccountsService() *accounts.Service {
	return &accounts.Service{
		Users: d.DB, Throttle: d.DB, Sessions: d.DB, Quotas: d.DB, Policy: d.Policy,
		Hasher: d.Hasher, Tokens: d.Tokens, Now: d.Now, Log: d.Log,
		Cascades: []func(context.Context, string) error{d.DB.DeleteUserChats, d.BoardService().DeleteUserPosts},
		OAuth:    accounts.OAuth{Store: d.DB, Providers: d.OAuth, AppOrigin: d.Cfg.AppOrigin},
		Signups:  d.DB, SignupLimit: d.Cfg.SignupLimit,
	}
}

// ChatService is the chat use cases over the deps.
func (d *Deps) ChatService() *chat.Service {
	return &chat.Service{
		Chats: d.DB, Users: d.DB, Quotas: d.DB, Policy: d.Policy, Model: d.Model, Now: d.Now, Log: d.Log,
		Metrics: d.Metrics,
		// Longer than the chatsend function's timeout (25 s in template.yaml).
		Lease: 30 * time.Second,
	}
}

// Chat is the handler of the chat function (rooms, reading).
func (d *Deps) Chat() *httpapi.API {
	return httpapi.New("chat", d.Tokens, d.Log, httpapi.Chat(d.ChatService())...)
}

// ChatSend is the handler of the chatsend function (asking the bot).
func (d *Deps) ChatSend() *httpapi.API {
	return httpapi.New("chatsend", d.Tokens, d.Log, httpapi.ChatSend(d.ChatService())...)
}

// Accounts is the handler of the accounts function.
func (d *Deps) Accounts() *httpapi.API {
	return httpapi.New("accounts", d.Tokens, d.Log, httpapi.Accounts(d.AccountsService(), httpapi.AccountsOptions{AppOrigin: d.Cfg.AppOrigin, EdgeSecret: d.Cfg.EdgeSecret}, d.DB, d.Images)...)
}

// BoardService is the board use cases over the deps.
func (d *Deps) BoardService() *board.Service {
	return &board.Service{Posts: d.DB, Users: d.DB, Images: d.Images, Now: d.Now, Log: d.Log}
}

// Board is the handler of the board function.
func (d *Deps) Board() *httpapi.API {
	return httpapi.New("board", d.Tokens, d.Log, httpapi.Board(d.BoardService(), d.Cfg.EdgeSecret)...)
}

// Naming is the handler of the naming function (the free name review): no
// store, token or model. functions/naming builds the same without Deps.
func (d *Deps) Naming() *httpapi.API {
	return httpapi.New("naming", nil, d.Log, httpapi.Naming()...)
}

// Functions maps each function's logical id in template.yaml to a builder of
// its handler: the local stack mounts them, the template test compares them.
func (d *Deps) Functions() map[string]func() *httpapi.API {
	return map[string]func() *httpapi.API{
		"AccountsFunction": d.Accounts,
		"ChatFunction":     d.Chat,
		"ChatSendFunction": d.ChatSend,
		"BoardFunction":    d.Board,
		"NamingFunction":   d.Naming,
	}
}

// Load builds the deps of a Lambda function from the environment and the
// default AWS credential chain, or exits: a function that cannot start
// should fail its init, not its requests.
func Load(ctx context.Context, parts ...Part) *Deps {
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	deps, err := NewDeps(ctx, cfg, LambdaAWSConfig(cfg.Region), Options{Parts: parts})
	if err != nil {
		log.Fatal(err)
	}
	return deps
}
