package main

import (
	"fmt"
	"sort"
	"strings"
)

// countWords builds a frequency table of the words in text.
func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

// topWords returns the k most frequent words.
func topWords(counts map[string]int, k int) []string {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })
	if len(words) > k {
		words = words[:k]
	}
	return words
}

func main() {
	text := strings.Repeat("the quick brown fox jumps over the lazy dog ", 200000)
	fmt.Println(topWords(countWords(text), 3))
}
