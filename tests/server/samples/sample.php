<?php
function square($x) {
    return $x * $x;
}
class Counter {
    public function inc($n) {
        return $n + 1;
    }
}
$add = function ($a, $b) {
    return $a + $b;
};
echo square(3);
