package app

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// LambdaAWSConfig is the SDK configuration inside Lambda: the region and
// the execution role's credentials, which Lambda puts in the environment.
// It is what config.LoadDefaultConfig resolves to there, without linking
// the SSO/STS/sign-in clients of the full credential chain (they made
// every bootstrap about 1 MiB larger).
func LambdaAWSConfig(region string) aws.Config {
	return aws.Config{
		Region: region,
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), os.Getenv("AWS_SESSION_TOKEN"))),
	}
}

// Parameter reads the SSM SecureString name (once per cold start: the
// caller keeps the value), from cfg.SSMEndpoint when it is set.
func (d *Deps) Parameter(ctx context.Context, name string) ([]byte, error) {
	return getParameter(ctx, d.AWS, d.Cfg.SSMEndpoint, name)
}

// getParameter reads an SSM SecureString with one signed JSON request
// (AmazonSSM.GetParameter, WithDecryption). A hand-written call instead of
// the SSM client: that client alone added about 1.5 MiB to each bootstrap,
// for one request per cold start. endpoint is empty for AWS itself.
func getParameter(ctx context.Context, awsCfg aws.Config, endpoint, name string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if endpoint == "" {
		endpoint = fmt.Sprintf("https://ssm.%s.amazonaws.com/", awsCfg.Region)
	}
	body, err := json.Marshal(map[string]any{"Name": name, "WithDecryption": true})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("ssm %s: %w", name, err)
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", "AmazonSSM.GetParameter")
	creds, err := awsCfg.Credentials.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("ssm %s: credentials: %w", name, err)
	}
	sum := sha256.Sum256(body)
	if err := v4.NewSigner().SignHTTP(ctx, creds, req, hex.EncodeToString(sum[:]), "ssm", awsCfg.Region, time.Now()); err != nil {
		return nil, fmt.Errorf("ssm %s: sign: %w", name, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ssm %s: %w", name, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("ssm %s: %w", name, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Type    string `json:"__type"`
			Message string `json:"message"`
		}
		_ = json.Unmarshal(raw, &e)
		return nil, fmt.Errorf("ssm %s: %d %s %s", name, resp.StatusCode, e.Type, e.Message)
	}
	var out struct {
		Parameter struct {
			Value string `json:"Value"`
		} `json:"Parameter"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("ssm %s: %w", name, err)
	}
	// Values pasted into put-parameter often end in a newline.
	v := strings.TrimSpace(out.Parameter.Value)
	if v == "" {
		return nil, errors.New("ssm " + name + ": empty value")
	}
	return []byte(v), nil
}
