package suggest

import (
	"fmt"
	"os"
	"testing"

	"namebot/pkg/naming"
)

func TestZZReasons(t *testing.T) {
	ans := Suggest(naming.Spec{Language: os.Getenv("L")}, os.Getenv("Q"))
	for _, s := range ans.Suggestions {
		fmt.Printf("%s %s: %s\n", s.Kind, s.Name, s.Reason)
	}
}
