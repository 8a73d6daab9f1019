// Command local runs the whole product on a laptop: dynalite, an in-process
// S3, and every function's handler behind an API Gateway v2 adapter on
// PORT, serving the browser app too. `make run` builds and starts it.
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/local"
	"namebot/pkg/metrics"
)

func main() {
	start := time.Now()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	dataDir := os.Getenv("DATA_DIR")
	if dataDir == "" {
		dataDir = ".data"
	}
	if dataDir, err = filepath.Abs(dataDir); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		log.Fatalf("DATA_DIR: %v", err)
	}
	// A soft memory limit: argon2id takes 19 MiB a hash, and without it a
	// burst of logins lets the heap grow to several times what it needs.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(48 << 20)
	}
	// CloudWatch reads the EMF metric lines from a Lambda's stdout; on a
	// laptop they would only clutter the terminal (LOG_LEVEL=debug keeps them).
	emf := metrics.Stdout()
	if cfg.LogLevel != "debug" {
		emf = metrics.New(io.Discard, metrics.FunctionName(), nil)
	}
	logger := app.NewLogger(os.Stderr, cfg.LogLevel)
	// Listen first: a port in use should fail before anything starts.
	// Loopback unless asked: the local S3 under /s3 checks no signatures.
	host := os.Getenv("HOST")
	if host == "" {
		host = "127.0.0.1"
	}
	l, err := net.Listen("tcp", net.JoinHostPort(host, port))
	if err != nil {
		log.Fatalf("listen on port %s: %v", port, err)
	}
	public := os.Getenv("PUBLIC_URL")
	if public == "" {
		public = "http://localhost:" + port
	}
	st, err := local.Start(ctx, local.Options{DataDir: dataDir, Config: cfg, Log: logger, App: app.Options{Metrics: emf}, PublicURL: public})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	model := "offline suggester (set OPENAI_API_KEY to use a model)"
	if cfg.OpenAIKey != "" {
		model = fmt.Sprintf("%s at %s", cfg.OpenAIModel, orDefault(cfg.OpenAIBaseURL, "the OpenAI API"))
	}
	fmt.Fprintf(os.Stderr, "namebot is up in %v on http://localhost:%s\n  data:     %s\n  dynamodb: %s\n  model:    %s\n",
		time.Since(start).Round(time.Millisecond), port, dataDir, st.Deps.Cfg.DynamoEndpoint, model)
	if err := st.Serve(ctx, l); err != nil {
		log.Print(err)
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
