/// Sieve of Eratosthenes: all primes below `limit`.
fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit];
    let mut primes = Vec::new();
    for i in 2..limit {
        if is_prime[i] {
            primes.push(i);
            let mut j = i * i;
            while j < limit {
                is_prime[j] = false;
                j += i;
            }
        }
    }
    primes
}

/// Trial division, for comparison.
fn is_prime_slow(n: usize) -> bool {
    n >= 2 && (2..n).all(|d| n % d != 0)
}

fn main() {
    let primes = sieve(5_000_000);
    let slow = (0..20_000).filter(|&n| is_prime_slow(n)).count();
    println!("{} {}", primes.len(), slow);
}
