package naming

// KindBoolean is a chip only: a variable that holds yes or no (isEmpty,
// has_items). It is never a Suggestion's kind; its names are variables.
const KindBoolean Kind = "boolean"

// PickKinds are the kinds a person can pick with a chip, in the chips'
// order.
func PickKinds() []Kind {
	return []Kind{KindFunction, KindVariable, KindBoolean, KindConstant, KindClass}
}

// ValidPick reports whether k is one of PickKinds.
func ValidPick(k Kind) bool { return k == KindBoolean || k.Valid() }

// pickedKind is the suggestion kind a picked chip stands for: booleans are
// variables. "" when nothing (or nothing valid) was picked.
func pickedKind(spec Spec) Kind {
	switch {
	case spec.Kind == KindBoolean:
		return KindVariable
	case spec.Kind.Valid():
		return spec.Kind
	}
	return ""
}

// FirstPicked orders suggestions for a picked chip (spec.Kind): the picked
// kind's names first, and for a boolean the is/has/can variables first
// among the variables. The order within each group is kept; with nothing
// picked the suggestions are returned as they are. Applied to the offline
// answer here, and to be re-applied on the rewritten suggester.
func FirstPicked(spec Spec, sugs []Suggestion) []Suggestion {
	k := pickedKind(spec)
	if k == "" {
		return sugs
	}
	rank := func(s Suggestion) int {
		switch {
		case s.Kind != k:
			return 2
		case spec.Kind == KindBoolean && !isBooleanName(s.Name):
			return 1
		}
		return 0
	}
	out := make([]Suggestion, 0, len(sugs))
	for r := 0; r <= 2; r++ {
		for _, s := range sugs {
			if rank(s) == r {
				out = append(out, s)
			}
		}
	}
	return out
}
