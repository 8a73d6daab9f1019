// Package config reads the configuration of every function and of the
// local stack from the environment, with defaults, in one struct.
package config

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is everything a function needs to start.
type Config struct {
	Tables         Tables
	ImagesBucket   string
	DynamoEndpoint string // DYNAMODB_ENDPOINT: a local DynamoDB instead of AWS
	S3Endpoint     string // S3_ENDPOINT: a local S3 instead of AWS
	// S3PublicEndpoint is the S3 endpoint as the browser reaches it, for
	// presigned uploads (the local stack serves its S3 under /s3).
	S3PublicEndpoint string
	Region           string

	// The access-token signing key: an SSM SecureString parameter on AWS,
	// a file locally. Never a constant in the code.
	JWTKeyParam string
	JWTKeyFile  string
	SSMEndpoint string // SSM_ENDPOINT: tests only; empty is AWS's regional endpoint

	OpenAIKey      string // OPENAI_API_KEY (locally) ...
	OpenAIKeyParam string // ... or OPENAI_API_KEY_PARAM, an SSM SecureString (AWS)
	OpenAIBaseURL  string
	OpenAIModel    string
	// OpenAIResponseFormat (OPENAI_RESPONSE_FORMAT) fixes how answers are
	// asked for: json_schema, json_object or text. Empty: json_schema, then
	// down the list as far as the server refuses (docs/model.md).
	OpenAIResponseFormat string
	ModelTimeout         time.Duration

	DailyLimit int
	// SignupLimit is how many sign-ups one client address may make per
	// UTC day (SIGNUP_LIMIT; 0 turns the throttle off).
	SignupLimit int
	// EdgeSecret (EDGE_SECRET) is the value CloudFront sends in the
	// X-Namebot-Edge header to the API: only a request carrying it is
	// believed about the viewer's address (httpapi.ClientAddress).
	EdgeSecret string
	QuotaTZ    string
	LogLevel   string

	// AppOrigin is the browser app's origin (APP_ORIGIN; locally
	// http://localhost:$PORT). Provider callback URLs are built from it.
	AppOrigin string
	GitHub    OAuthProvider
	Kakao     OAuthProvider
}

// OAuthProvider is one sign-in provider's client registration. It is
// configured when ClientID is set (and, for GitHub, a secret: Kakao's
// client secret is optional). The secret comes from the environment
// locally (<P>_CLIENT_SECRET) or from an SSM SecureString on AWS
// (<P>_CLIENT_SECRET_PARAM). The URLs are overridable for tests.
type OAuthProvider struct {
	ClientID          string
	ClientSecret      string
	ClientSecretParam string
	AuthURL           string
	APIURL            string
}

// Tables are the table names.
type Tables struct {
	Users, Sessions, Counters, Chats, Messages, Posts, PostViews string
}

// Local table names are the logical ids of the template's tables, so the
// local stack creates exactly what template.yaml declares.
var defaultTables = Tables{
	Users: "UsersTable", Sessions: "SessionsTable", Counters: "CountersTable",
	Chats: "ChatsTable", Messages: "MessagesTable", Posts: "PostsTable",
	PostViews: "PostViewsTable",
}

// FromEnv reads the configuration through getenv (os.Getenv in production).
func FromEnv(getenv func(string) string) (Config, error) {
	get := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Tables: Tables{
			Users:     get("USERS_TABLE", defaultTables.Users),
			Sessions:  get("SESSIONS_TABLE", defaultTables.Sessions),
			Counters:  get("COUNTERS_TABLE", defaultTables.Counters),
			Chats:     get("CHATS_TABLE", defaultTables.Chats),
			Messages:  get("MESSAGES_TABLE", defaultTables.Messages),
			Posts:     get("POSTS_TABLE", defaultTables.Posts),
			PostViews: get("POST_VIEWS_TABLE", defaultTables.PostViews),
		},
		ImagesBucket:         get("IMAGES_BUCKET", "namebot-images"),
		DynamoEndpoint:       get("DYNAMODB_ENDPOINT", ""),
		S3Endpoint:           get("S3_ENDPOINT", ""),
		S3PublicEndpoint:     get("S3_PUBLIC_ENDPOINT", ""),
		Region:               get("AWS_REGION", get("AWS_DEFAULT_REGION", "ap-northeast-2")),
		JWTKeyParam:          get("JWT_KEY_PARAM", ""),
		JWTKeyFile:           get("JWT_KEY_FILE", ""),
		SSMEndpoint:          get("SSM_ENDPOINT", ""),
		OpenAIKey:            get("OPENAI_API_KEY", ""),
		OpenAIKeyParam:       get("OPENAI_API_KEY_PARAM", ""),
		OpenAIBaseURL:        get("OPENAI_BASE_URL", ""),
		OpenAIModel:          get("OPENAI_MODEL", "gpt-4o-mini"),
		OpenAIResponseFormat: strings.ToLower(strings.TrimSpace(get("OPENAI_RESPONSE_FORMAT", ""))),
		QuotaTZ:              get("QUOTA_TZ", "Asia/Seoul"),
		LogLevel:             get("LOG_LEVEL", "info"),
		EdgeSecret:           get("EDGE_SECRET", ""),
		AppOrigin:            strings.TrimSuffix(get("APP_ORIGIN", "http://localhost:"+get("PORT", "8080")), "/"),
		GitHub: OAuthProvider{
			ClientID: get("GITHUB_CLIENT_ID", ""), ClientSecret: get("GITHUB_CLIENT_SECRET", ""),
			ClientSecretParam: get("GITHUB_CLIENT_SECRET_PARAM", ""),
			AuthURL:           get("GITHUB_AUTH_URL", "https://github.com"), APIURL: get("GITHUB_API_URL", "https://api.github.com"),
		},
		Kakao: OAuthProvider{
			ClientID: get("KAKAO_CLIENT_ID", ""), ClientSecret: get("KAKAO_CLIENT_SECRET", ""),
			ClientSecretParam: get("KAKAO_CLIENT_SECRET_PARAM", ""),
			AuthURL:           get("KAKAO_AUTH_URL", "https://kauth.kakao.com"), APIURL: get("KAKAO_API_URL", "https://kapi.kakao.com"),
		},
	}
	var err error
	if c.DailyLimit, err = strconv.Atoi(get("DAILY_LIMIT", "5")); err != nil || c.DailyLimit < 1 || c.DailyLimit > 1000 {
		return c, fmt.Errorf("config: DAILY_LIMIT %q must be an integer from 1 to 1000", getenv("DAILY_LIMIT"))
	}
	if c.SignupLimit, err = strconv.Atoi(get("SIGNUP_LIMIT", "20")); err != nil || c.SignupLimit < 0 {
		return c, fmt.Errorf("config: SIGNUP_LIMIT %q must be a whole number (0: no limit)", getenv("SIGNUP_LIMIT"))
	}
	if c.ModelTimeout, err = time.ParseDuration(get("MODEL_TIMEOUT", "20s")); err != nil || c.ModelTimeout <= 0 || c.ModelTimeout > 20*time.Second {
		// API Gateway gives up at 29 s; the model must finish well before.
		return c, fmt.Errorf("config: MODEL_TIMEOUT %q must be a duration up to 20s", getenv("MODEL_TIMEOUT"))
	}
	switch c.OpenAIResponseFormat {
	case "", "json_schema", "json_object", "text":
	default:
		return c, fmt.Errorf("config: OPENAI_RESPONSE_FORMAT %q must be json_schema, json_object or text", c.OpenAIResponseFormat)
	}
	if u, err := url.Parse(c.AppOrigin); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" {
		return c, fmt.Errorf("config: APP_ORIGIN %q must be an origin like https://namebot.example.com", c.AppOrigin)
	}
	if (c.GitHub.ClientSecret != "" || c.GitHub.ClientSecretParam != "") && c.GitHub.ClientID == "" {
		return c, fmt.Errorf("config: GITHUB_CLIENT_SECRET is set without GITHUB_CLIENT_ID")
	}
	if _, err := time.LoadLocation(c.QuotaTZ); err != nil {
		return c, fmt.Errorf("config: QUOTA_TZ %q: %w", c.QuotaTZ, err)
	}
	return c, nil
}

// String prints the configuration with secrets masked.
func (c Config) String() string {
	m := c
	if m.OpenAIKey != "" {
		m.OpenAIKey = "***"
	}
	if m.GitHub.ClientSecret != "" {
		m.GitHub.ClientSecret = "***"
	}
	if m.Kakao.ClientSecret != "" {
		m.Kakao.ClientSecret = "***"
	}
	return fmt.Sprintf("%+v", struct{ Config }{m})
}
