package local

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3afero"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"namebot/pkg/images"
	"namebot/pkg/namebot"
)

// FakeS3 is gofakes3 in-process: the local S3. It persists in files under
// DATA_DIR/s3, or in memory.
type FakeS3 struct {
	Endpoint string       // loopback URL for the server's own calls
	Handler  http.Handler // the same S3, to mount under the app's origin (/s3)
	srv      *http.Server
}

// StartFakeS3 starts the fake S3 with bucket created.
func StartFakeS3(ctx context.Context, dataDir, bucket string) (*FakeS3, error) {
	var backend gofakes3.Backend
	f := &FakeS3{}
	var err error
	if dataDir != "" {
		// Files on disk. Not gofakes3's bolt backend: its CopyObject reads
		// from bolt's memory map after the transaction ends, and crashed
		// the process (SIGSEGV) when the copy's write grew the file.
		fs, err := s3afero.FsPath(filepath.Join(dataDir, "s3"), s3afero.FsPathCreate)
		if err != nil {
			return nil, fmt.Errorf("local s3: %w", err)
		}
		if backend, err = s3afero.MultiBucket(fs); err != nil {
			return nil, fmt.Errorf("local s3: %w", err)
		}
	} else {
		backend = s3mem.New()
	}
	f.Handler = gofakes3.New(backend, gofakes3.WithAutoBucket(true), gofakes3.WithLogger(gofakes3.DiscardLog())).Server()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("local s3: %w", err)
	}
	f.srv = &http.Server{Handler: f.Handler}
	go func() { _ = f.srv.Serve(l) }()
	f.Endpoint = "http://" + l.Addr().String()
	// gofakes3 creates buckets on first use, but HEAD (health) needs it now.
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, f.Endpoint+"/"+bucket, nil)
	if err != nil {
		f.Close()
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("local s3: create bucket: %w", err)
	}
	resp.Body.Close()
	return f, nil
}

// Close stops the fake S3.
func (f *FakeS3) Close() {
	if f == nil {
		return
	}
	_ = f.srv.Close()
}

// imagesHandler serves /images/<post>/<file> from the bucket, as CloudFront
// does on AWS: only keys under images/, with the stored type, and headers
// that keep an image from ever running as a page.
func imagesHandler(store *images.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		key := strings.TrimPrefix(r.URL.Path, "/")
		if !strings.HasPrefix(key, "images/") || strings.Contains(key, "..") {
			http.NotFound(w, r)
			return
		}
		body, ct, size, err := store.Open(r.Context(), key)
		if namebot.ErrorCode(err) == namebot.ENOTFOUND {
			http.NotFound(w, r)
			return
		}
		if err != nil {
			http.Error(w, "image store unavailable", http.StatusServiceUnavailable)
			return
		}
		defer body.Close()
		h := w.Header()
		h.Set("Content-Type", ct)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		h.Set("Cache-Control", "public, max-age=86400")
		if size >= 0 {
			h.Set("Content-Length", strconv.FormatInt(size, 10))
		}
		_, _ = io.Copy(w, body)
	})
}
