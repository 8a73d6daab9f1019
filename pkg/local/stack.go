package local

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/app"
	"namebot/pkg/app/model"
	"namebot/pkg/config"
)

// EndpointFile, under DATA_DIR, holds the endpoint of the running stack's
// dynalite, so that `make manager` can reach it while `make run` runs.
const EndpointFile = "dynamodb.endpoint"

// Options configure a local stack.
type Options struct {
	Root    string        // project root; found from the working directory when empty
	DataDir string        // DATA_DIR; empty keeps dynalite in memory and the key in a temp dir
	Config  config.Config // from the environment (config.FromEnv)
	Log     *slog.Logger
	App     app.Options
	// PublicURL is the origin the browser uses (http://localhost:8080);
	// presigned uploads point at PublicURL/s3.
	PublicURL string
	// Calls, when set, records every function's AWS calls (the IAM check
	// of the API tests); its Env's Names are filled in from the config.
	Calls *CallRecorder
}

// Stack is a running local stack.
type Stack struct {
	Deps         *app.Deps
	Server       *Server
	Template     *Template
	Dynalite     *Dynalite // nil when DYNAMODB_ENDPOINT points elsewhere
	S3           *FakeS3   // nil when S3_ENDPOINT points elsewhere
	tempDir      string
	endpointFile string
}

// AWSConfig is the SDK configuration for local services: static dummy
// credentials, no shared config files, no network look-ups.
func AWSConfig(region string) aws.Config {
	// Many requests at once share one local DynamoDB: keep enough idle
	// connections that they are reused rather than reopened per call.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConns = 256
	transport.MaxIdleConnsPerHost = 128
	return aws.Config{
		Region: region,
		// detached: see its comment. The client's timeout still bounds
		// every call, so a hung local service cannot hang a request.
		HTTPClient:  &http.Client{Transport: detached{transport}, Timeout: 10 * time.Second},
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", ""),
		// Local calls either answer at once or the service is down: do not
		// let the SDK's retries turn a stopped dynalite into a long hang.
		RetryMaxAttempts: 2,
	}
}

// detached lets a local call finish even when its request's context is
// cancelled. dynalite throws on a request aborted mid-read and exits (its
// index.js rethrows "Error: aborted"), and the handlers do cancel calls in
// normal use (a room read cancels its sibling reads on a 404, the health
// check its other pings). Real DynamoDB has no such problem, so only the
// local stack's client detaches.
type detached struct{ base http.RoundTripper }

func (d detached) RoundTrip(r *http.Request) (*http.Response, error) {
	return d.base.RoundTrip(r.WithContext(context.WithoutCancel(r.Context())))
}

// Start brings up the local stack: dynalite (unless Config.DynamoEndpoint
// is set), the tables of template.yaml, the deps and the HTTP server.
func Start(ctx context.Context, opt Options) (*Stack, error) {
	var err error
	if opt.Root == "" {
		if opt.Root, err = Root(); err != nil {
			return nil, err
		}
	}
	st := &Stack{}
	if st.Template, err = LoadTemplate(filepath.Join(opt.Root, "template.yaml")); err != nil {
		return nil, err
	}
	cfg := opt.Config
	dataDir := opt.DataDir
	if dataDir == "" {
		if st.tempDir, err = os.MkdirTemp("", "namebot-"); err != nil {
			return nil, fmt.Errorf("local: temp dir: %w", err)
		}
		dataDir = st.tempDir
	}
	if cfg.JWTKeyFile == "" && cfg.JWTKeyParam == "" {
		cfg.JWTKeyFile = filepath.Join(dataDir, "jwt.key")
	}
	if cfg.DynamoEndpoint == "" {
		dir := ""
		if opt.DataDir != "" {
			dir = filepath.Join(opt.DataDir, "dynamodb")
		}
		if st.Dynalite, err = StartDynalite(ctx, opt.Root, dir); err != nil {
			st.Close()
			return nil, err
		}
		cfg.DynamoEndpoint = st.Dynalite.Endpoint
		if opt.DataDir != "" {
			st.endpointFile = filepath.Join(opt.DataDir, EndpointFile)
			if err := os.WriteFile(st.endpointFile, []byte(cfg.DynamoEndpoint+"\n"), 0o600); err != nil {
				st.Close()
				return nil, fmt.Errorf("local: %w", err)
			}
		}
	}
	if cfg.S3Endpoint == "" {
		if st.S3, err = StartFakeS3(ctx, opt.DataDir, cfg.ImagesBucket); err != nil {
			st.Close()
			return nil, err
		}
		cfg.S3Endpoint = st.S3.Endpoint
		if cfg.S3PublicEndpoint == "" && opt.PublicURL != "" {
			cfg.S3PublicEndpoint = strings.TrimSuffix(opt.PublicURL, "/") + "/s3"
		}
	}
	awsCfg := AWSConfig(cfg.Region)
	if opt.Calls != nil {
		opt.Calls.nameResources(st.Template, cfg)
		hc := awsCfg.HTTPClient.(*http.Client)
		hc.Transport = opt.Calls.Transport(hc.Transport)
	}
	ddb := dynamodb.NewFromConfig(awsCfg, func(o *dynamodb.Options) { o.BaseEndpoint = aws.String(cfg.DynamoEndpoint) })
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := CreateTables(tctx, ddb, st.Template); err != nil {
		st.Close()
		return nil, err
	}
	appOpt := opt.App
	if appOpt.Parts == nil {
		appOpt.Parts = model.All
	}
	if appOpt.Log == nil {
		appOpt.Log = opt.Log
	}
	if st.Deps, err = app.NewDeps(ctx, cfg, awsCfg, appOpt); err != nil {
		st.Close()
		return nil, err
	}
	handlers := map[string]Handler{}
	for id, build := range st.Deps.Functions() {
		handlers[id] = build().Handle
	}
	if st.Server, err = NewServer(st.Template, handlers, filepath.Join(opt.Root, "frontend", "dist")); err != nil {
		st.Close()
		return nil, err
	}
	st.Server.Mount("/images/", imagesHandler(st.Deps.Images))
	if st.S3 != nil {
		var s3 http.Handler = http.StripPrefix("/s3", st.S3.Handler)
		if opt.Calls != nil {
			s3 = opt.Calls.Presigned("/s3", s3)
		}
		st.Server.Mount("/s3/", s3)
	}
	if opt.Calls != nil {
		st.Server.Calls = opt.Calls
		if st.Deps.Images != nil {
			// The image store signs its own requests with its own client.
			hc := http.Client{}
			if st.Deps.Images.HTTP != nil {
				hc = *st.Deps.Images.HTTP
			}
			hc.Transport = opt.Calls.Transport(hc.Transport)
			st.Deps.Images.HTTP = &hc
		}
	}
	return st, nil
}

// Serve listens on addr and serves until ctx ends, then shuts down.
func (st *Stack) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: st.Server, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second, WriteTimeout: 60 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}

// Close stops what the stack started.
func (st *Stack) Close() {
	if st.endpointFile != "" {
		os.Remove(st.endpointFile)
	}
	st.Dynalite.Stop()
	st.S3.Close()
	if st.tempDir != "" {
		os.RemoveAll(st.tempDir)
	}
}
