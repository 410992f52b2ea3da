#include <stdio.h>
static int square(int x);
static int square(int x) {
    return x * x;
}
char *name_of(int id)
{
    return id ? "a" : "b";
}
int main(void) {
    printf("%d\n", square(3));
    return 0;
}
