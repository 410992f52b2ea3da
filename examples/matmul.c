#include <stdio.h>
#include <stdlib.h>

/* Naive triple-loop matrix product of n x n doubles. */
static void matmul(const double *a, const double *b, double *c, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

static double *filled(int n, double v) {
    double *m = malloc(sizeof(double) * n * n);
    for (int i = 0; i < n * n; i++) m[i] = v * (i % 7);
    return m;
}

int main(void) {
    int n = 400;
    double *a = filled(n, 1.0), *b = filled(n, 2.0), *c = filled(n, 0.0);
    matmul(a, b, c, n);
    printf("%f\n", c[n * n - 1]);
    free(a); free(b); free(c);
    return 0;
}
