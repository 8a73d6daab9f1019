package namebot

import (
	"context"
	"fmt"
	"time"
)

// DefaultDailyLimit is how many questions a user may ask the bot a day.
const DefaultDailyLimit = 5

// Quota is a user's use of the bot today.
type Quota struct {
	Limit    int
	Used     int
	ResetsAt time.Time
}

// Remaining is how many questions are left today.
func (q Quota) Remaining() int { return max(q.Limit-q.Used, 0) }

// QuotaPolicy says what "a day" is and how many questions it allows.
type QuotaPolicy struct {
	Limit int
	Loc   *time.Location
}

// NewQuotaPolicy returns the policy for limit questions a day in the time
// zone tz (an IANA name such as Asia/Seoul).
func NewQuotaPolicy(limit int, tz string) (QuotaPolicy, error) {
	if limit < 1 {
		return QuotaPolicy{}, fmt.Errorf("quota: limit %d must be positive", limit)
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return QuotaPolicy{}, fmt.Errorf("quota: time zone %q: %w", tz, err)
	}
	return QuotaPolicy{Limit: limit, Loc: loc}, nil
}

// Day is the calendar day of now in the policy's zone, as YYYY-MM-DD.
func (p QuotaPolicy) Day(now time.Time) string { return now.In(p.Loc).Format(time.DateOnly) }

// ResetsAt is the next midnight after now in the policy's zone.
func (p QuotaPolicy) ResetsAt(now time.Time) time.Time {
	t := now.In(p.Loc)
	return time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, p.Loc)
}

// Expires is when a day's counter may be forgotten (a few days later, by TTL).
func (p QuotaPolicy) Expires(now time.Time) time.Time { return p.ResetsAt(now).Add(72 * time.Hour) }

// Quota builds the quota for used questions at now.
func (p QuotaPolicy) Quota(used int, now time.Time) Quota {
	return Quota{Limit: p.Limit, Used: min(used, p.Limit), ResetsAt: p.ResetsAt(now)}
}

// QuotaStore keeps the daily counters.
type QuotaStore interface {
	// Spend adds one to the counter of userID on day when it is below
	// limit, in one conditional write. ok is false when the limit was
	// already reached; used is the count after the call.
	Spend(ctx context.Context, userID, day string, limit int, expires time.Time) (used int, ok bool, err error)
	// Refund gives one unit back (never below zero).
	Refund(ctx context.Context, userID, day string) error
	// Used returns the counter of userID on day (0 when none).
	Used(ctx context.Context, userID, day string) (int, error)
	// DeleteQuotas forgets a user's counters (account deletion).
	DeleteQuotas(ctx context.Context, userID string) error
}
