// Package images keeps head images in S3: presigned uploads fixed to a
// content type and length, inspection of what was uploaded, copies and
// deletion.
//
// It speaks S3's REST API itself, signing with the SDK's SigV4 signer,
// instead of linking the SDK's S3 client: that client added about 1.1 MiB
// to each bootstrap, and the five calls used here are simple requests.
package images

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"

	"namebot/pkg/namebot"
)

// UploadExpiry is how long a presigned upload stays valid.
const UploadExpiry = 10 * time.Minute

// callTimeout bounds every S3 call made on a request path.
const callTimeout = 5 * time.Second

var emptySHA256 = hex.EncodeToString(func() []byte { s := sha256.Sum256(nil); return s[:] }())

// Store is the S3 implementation of namebot.ImageStore.
type Store struct {
	Bucket string
	Region string
	// Endpoint is a local S3 (path-style URLs); empty means AWS
	// (virtual-hosted URLs, https://<bucket>.s3.<region>.amazonaws.com).
	Endpoint string
	// PublicEndpoint is Endpoint as the browser reaches it (presigned
	// uploads); empty means Endpoint.
	PublicEndpoint string
	Credentials    aws.CredentialsProvider
	HTTP           *http.Client
	Now            func() time.Time
}

var _ namebot.ImageStore = (*Store)(nil)

func (s *Store) objectURL(endpoint, key string) string {
	path := "/" + escapeKey(key)
	if endpoint == "" {
		return fmt.Sprintf("https://%s.s3.%s.amazonaws.com%s", s.Bucket, s.Region, path)
	}
	return strings.TrimSuffix(endpoint, "/") + "/" + s.Bucket + path
}

// escapeKey escapes each path segment of a key (ours are [a-z0-9./-] but
// a key is never trusted to be).
func escapeKey(key string) string {
	parts := strings.Split(key, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// do sends a signed request with an empty body.
func (s *Store) do(ctx context.Context, method, rawURL string, header http.Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, rawURL, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("X-Amz-Content-Sha256", emptySHA256)
	creds, err := s.Credentials.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("credentials: %w", err)
	}
	if err := v4.NewSigner().SignHTTP(ctx, creds, req, emptySHA256, "s3", s.Region, s.now()); err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	client := s.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	return client.Do(req)
}

// PresignUpload signs a PUT of exactly size bytes of contentType at key.
// Content-Type and Content-Length are signed: S3 refuses an upload that
// differs (the local fake does not check; the server checks after).
func (s *Store) PresignUpload(ctx context.Context, key, contentType string, size int64) (namebot.Upload, error) {
	endpoint := s.PublicEndpoint
	if endpoint == "" {
		endpoint = s.Endpoint
	}
	u := s.objectURL(endpoint, key) + "?X-Amz-Expires=" + strconv.Itoa(int(UploadExpiry/time.Second))
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, u, nil)
	if err != nil {
		return namebot.Upload{}, namebot.Unavailable("presign upload", err)
	}
	req.Header.Set("Content-Type", contentType)
	// The signer signs content-length from the request's ContentLength.
	req.ContentLength = size
	creds, err := s.Credentials.Retrieve(ctx)
	if err != nil {
		return namebot.Upload{}, namebot.Unavailable("presign upload: credentials", err)
	}
	signed, hdr, err := v4.NewSigner().PresignHTTP(ctx, creds, req, "UNSIGNED-PAYLOAD", "s3", s.Region, s.now())
	if err != nil {
		return namebot.Upload{}, namebot.Unavailable("presign upload", err)
	}
	headers := map[string]string{"Content-Type": contentType}
	for k, v := range hdr {
		// The browser sets Host and Content-Length itself.
		if k == "Host" || k == "Content-Length" || len(v) == 0 {
			continue
		}
		headers[k] = v[0]
	}
	return namebot.Upload{URL: signed, Method: http.MethodPut, Headers: headers, Key: key}, nil
}

// Inspect reads the size, declared type and first 32 bytes of an object.
func (s *Store) Inspect(ctx context.Context, key string) (namebot.ImageInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	resp, err := s.do(ctx, http.MethodGet, s.objectURL(s.Endpoint, key), http.Header{"Range": {"bytes=0-31"}})
	if err != nil {
		return namebot.ImageInfo{}, namebot.Unavailable("inspect image", err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK, http.StatusPartialContent:
	case http.StatusNotFound:
		return namebot.ImageInfo{}, namebot.Errorf(namebot.ENOTFOUND, "image_missing")
	case http.StatusRequestedRangeNotSatisfiable: // an empty object
		return namebot.ImageInfo{ContentType: resp.Header.Get("Content-Type")}, nil
	default:
		return namebot.ImageInfo{}, namebot.Unavailable("inspect image", fmt.Errorf("GET %s: %s", key, resp.Status))
	}
	info := namebot.ImageInfo{ContentType: resp.Header.Get("Content-Type")}
	info.Size = resp.ContentLength
	// The object's full size: from Content-Range ("bytes 0-31/12345") on
	// a partial answer.
	if cr := resp.Header.Get("Content-Range"); cr != "" {
		if i := strings.LastIndexByte(cr, '/'); i >= 0 {
			if n, err := strconv.ParseInt(cr[i+1:], 10, 64); err == nil {
				info.Size = n
			}
		}
	}
	info.Head, err = io.ReadAll(io.LimitReader(resp.Body, 32))
	if err != nil {
		return info, namebot.Unavailable("read image head", err)
	}
	return info, nil
}

// Copy copies src to dst within the bucket.
func (s *Store) Copy(ctx context.Context, src, dst string) error {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	resp, err := s.do(ctx, http.MethodPut, s.objectURL(s.Endpoint, dst), http.Header{
		"X-Amz-Copy-Source":        {"/" + s.Bucket + "/" + escapeKey(src)},
		"X-Amz-Metadata-Directive": {"COPY"},
	})
	if err != nil {
		return namebot.Unavailable("copy image", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	// S3 may answer a copy 200 with an error document in the body.
	if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte("<Error>")) {
		return namebot.Unavailable("copy image", fmt.Errorf("copy %s to %s: %s %s", src, dst, resp.Status, body))
	}
	return nil
}

// Delete removes an object; a missing one is not an error.
func (s *Store) Delete(ctx context.Context, key string) error {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	resp, err := s.do(ctx, http.MethodDelete, s.objectURL(s.Endpoint, key), nil)
	if err != nil {
		return namebot.Unavailable("delete image", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent && resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound {
		return namebot.Unavailable("delete image", fmt.Errorf("DELETE %s: %s", key, resp.Status))
	}
	return nil
}

// Open returns an object's body and content type (the local /images
// server; CloudFront does this on AWS). ENOTFOUND when missing.
func (s *Store) Open(ctx context.Context, key string) (io.ReadCloser, string, int64, error) {
	resp, err := s.do(ctx, http.MethodGet, s.objectURL(s.Endpoint, key), nil)
	if err != nil {
		return nil, "", 0, namebot.Unavailable("open image", err)
	}
	if resp.StatusCode == http.StatusNotFound {
		resp.Body.Close()
		return nil, "", 0, namebot.Errorf(namebot.ENOTFOUND, "image_missing")
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, "", 0, namebot.Unavailable("open image", fmt.Errorf("GET %s: %s", key, resp.Status))
	}
	return resp.Body, resp.Header.Get("Content-Type"), resp.ContentLength, nil
}

// Ping answers whether the bucket is reachable (health checks).
func (s *Store) Ping(ctx context.Context) error {
	u := s.objectURL(s.Endpoint, "")
	resp, err := s.do(ctx, http.MethodHead, strings.TrimSuffix(u, "/")+"/", nil)
	if err != nil {
		return namebot.Unavailable("ping images", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return namebot.Unavailable("ping images", fmt.Errorf("HEAD bucket: %s", resp.Status))
	}
	return nil
}

// String describes the store (for logs).
func (s *Store) String() string { return "s3://" + s.Bucket }
