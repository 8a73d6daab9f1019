package httpapi

// The views every function's handlers share.

import (
	"time"

	"namebot/pkg/namebot"
)

// QuotaJSON is the quota as every response shows it.
type QuotaJSON struct {
	Limit     int    `json:"limit"`
	Used      int    `json:"used"`
	Remaining int    `json:"remaining"`
	ResetsAt  string `json:"resets_at"`
}

// QuotaView renders a quota.
func QuotaView(q namebot.Quota) QuotaJSON {
	return QuotaJSON{Limit: q.Limit, Used: q.Used, Remaining: q.Remaining(), ResetsAt: Time(q.ResetsAt)}
}

// Time renders a timestamp the way every response does (RFC 3339, UTC).
func Time(t time.Time) string { return t.UTC().Format(time.RFC3339) }
