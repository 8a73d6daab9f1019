package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"namebot/pkg/namebot"
	"namebot/pkg/naming"
	"namebot/pkg/review"
)

// Naming returns the route of the naming function: the free name review.
// It is open to anyone, reads and writes nothing, spends no quota and
// calls no model; API Gateway throttles it (template.yaml).
func Naming() []Route {
	return []Route{{Key: "POST /api/naming/check", Access: Public, Fn: check}}
}

// CheckInput is the body of POST /api/naming/check.
type CheckInput struct {
	Language   string   `json:"language"`
	Convention *string  `json:"convention"`
	Names      []string `json:"names"`
	Kind       *string  `json:"kind"`
}

// Validate checks the input's bounds and returns its spec and kind, or
// field errors: language required (at most 40 characters), convention at
// most 100, 1 to review.MaxNames names of at most review.MaxNameLen
// characters each, kind one of review.Kinds.
func (in CheckInput) Validate() (naming.Spec, review.Kind, []string, error) {
	f := namebot.FieldErrors{}
	lang := namebot.CleanText(f, "language", in.Language, true, namebot.MaxLanguageLen, false)
	conv := namebot.CleanText(f, "convention", namebot.Deref(in.Convention), false, namebot.MaxConventionLen, false)
	var kind review.Kind
	if k := namebot.Deref(in.Kind); k != "" {
		var ok bool
		if kind, ok = review.ParseKind(k); !ok {
			kinds := make([]string, 0, 5)
			for _, k := range review.Kinds() {
				kinds = append(kinds, string(k))
			}
			f.Add("kind", "one_of", strings.Join(kinds, ", "))
		}
	}
	names := make([]string, 0, len(in.Names))
	if len(in.Names) == 0 || len(in.Names) > review.MaxNames {
		f.Add("names", "names_count", review.MaxNames)
	} else {
		for i, n := range in.Names {
			names = append(names, namebot.CleanText(f, fmt.Sprintf("names[%d]", i), n, true, review.MaxNameLen, false))
		}
	}
	return naming.Spec{Language: lang, Convention: conv}, kind, names, f.Err()
}

func check(_ context.Context, r *Request) (Response, error) {
	var in CheckInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	spec, kind, names, err := in.Validate()
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, map[string]any{"results": review.Check(spec, kind, names, r.Lang == namebot.Korean)}), nil
}
