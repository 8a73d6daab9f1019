package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// askedComparator: 성적순으로 정렬하는 qsort 비교 함수, "qsort comparator
// that orders processes by priority", 최신순 Comparator: what is asked for is
// the comparison a sort calls, not the sort. A comparator asked as a
// function (비교 함수 is one glossary term, so its 함수 sets no kind) is a
// function.
func askedComparator(f *frame, q string) bool {
	if by := slices.DeleteFunc(f.by.nounWords(false), notCriterion); f.by.empty() && !f.x.newest || len(by) > 0 && valueTypes.has(by[0]) {
		// 정수 오름차순: ints compared as values (compare_ints, the
		// phrasebook); a draw number is a criterion
		return false
	}
	cmp, qsort, callback := false, false, false
	for _, it := range f.items {
		if it.t != nil {
			switch it.t.en() {
			case "comparator":
				cmp = true
			case "qsort":
				qsort = true
			case "callback":
				callback = true
			}
		}
	}
	if !cmp && !(qsort && callback) {
		return false
	}
	if f.kinds == [4]bool{} {
		// 비교 함수 is a function; 비교자, Comparator either a function or
		// the variable holding one
		f.kinds[0] = true
		f.kinds[1] = !qsort && !containsOf(strings.ToLower(q), "함수|콜백|메서드|function|func |callback|method")
	}
	return true
}

// criterionOwners are whose a comparator's criterion is (학생 점수: the
// students' score); a comparator is named for the score alone, as the read
// sets' reviewers name it (compare_score_desc, five of five).
const criterionOwners lazySet = `student user player product employee member customer item order team car book movie city`

// valueTypes are the element types a comparator compares as values.
const valueTypes lazySet = `integer int string double float number char`

// notCriterion: the comparator's own words, read into its criterion (qsort에
// 넘길 비교 함수, 점수 내림차순).
func notCriterion(w string) bool { return w == "comparator" || w == "callback" || w == "qsort" }

// comparatorNames: 별점 높은순으로 정렬할 Comparator, 가격 낮은 순 비교자: a
// comparator is named for its criterion and direction (byRatingDesc,
// ratingDescComparator), not for what it sorts; asked as a function it
// compares (compare_by_grade_desc, C's cmp_grade_desc,
// compareStudentsByGrade).
func (b *builder) comparatorNames(f *frame, k naming.Kind) {
	if !f.cmp {
		return
	}
	by := slices.DeleteFunc(f.by.nounWords(false), notCriterion)
	if len(by) == 0 {
		// 최신순 Comparator: the age is the criterion (byNewest, newestFirst)
		age := map[string]string{"desc": "newest", "asc": "oldest"}[f.x.dir]
		if age == "" {
			return
		}
		b.add(k, cand{cat(splitWords("by"), splitWords(age)), "최신(오래된) 순으로 비교하는 비교자입니다.", "Compares " + age + " first."})
		b.add(k, cand{cat(splitWords(age), splitWords("first")), "정렬 방향을 그대로 쓴 이름입니다.", "Names the order."})
		b.add(k, cand{cat(splitWords("by date"), splitWords(f.x.dir)), "날짜 기준으로 비교하는 비교자입니다.", "Compares by date."})
		return
	}
	if len(by) == 2 && criterionOwners.has(by[0]) {
		by = by[1:] // 학생 점수 내림차순 비교함수: compare_score_desc (was compare_by_student_score_desc)
	}
	d := splitWords(f.x.dir)
	en := "Compares by " + strings.Join(by, " ")
	if k == naming.KindFunction {
		b.add(k, cand{cat(splitWords("compare by"), by, d), f.by.ko() + " 기준으로 비교하는 함수입니다.", en + "."})
		if b.lang == naming.LangC {
			b.add(k, cand{cat(splitWords("cmp"), by, d), "C에서 흔한 cmp 약어 형태입니다.", "C's usual cmp prefix."})
		}
		for _, o := range []*np{&f.obj, &f.topic} {
			if ow := o.nounWords(!massy(o)); len(ow) > 0 && !slices.ContainsFunc(o.nounWords(false), notCriterion) {
				b.add(k, cand{cat(splitWords("compare"), ow, splitWords("by"), by), "비교 대상을 드러낸 형태입니다.", "Names what is compared."})
				break
			}
		}
	}
	b.add(k, cand{cat(splitWords("by"), by, d), f.by.ko() + " 기준으로 비교하는 비교자입니다.", en + "."})
	b.add(k, cand{cat(by, d, splitWords("comparator")), "비교자임을 드러낸 이름입니다.", en + ", named as a comparator."})
}
