/* threads: pthread_create/join, a mutex and a condition variable (a
 * barrier with broadcast), pthread_exit's value read back by join, a key
 * whose destructor runs at each thread's exit (returned or exited). */
#include "fbsd_libc.h"

#define N 4
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int arrived, total, destroyed;
static pthread_key_t key;

static void dtor(void *v)
{
    pthread_mutex_lock(&mu);
    destroyed += (int)(long)v;
    pthread_mutex_unlock(&mu);
}

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_setspecific(key, (void *)(id + 1));
    if (pthread_getspecific(key) != (void *)(id + 1))
        return (void *)-1L;
    pthread_mutex_lock(&mu);
    total += (int)id * 10;
    if (++arrived == N)
        pthread_cond_broadcast(&cv);
    while (arrived < N)
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    if (id == 2)
        pthread_exit((void *)(id * 100 + 1));
    return (void *)(id * 100);
}

int main(void)
{
    pthread_t t[N];
    if (pthread_key_create(&key, dtor) != 0)
        return 3;
    for (long i = 0; i < N; i++)
        if (pthread_create(&t[i], 0, worker, (void *)i) != 0)
            return 1;
    long sum = 0;
    for (int i = 0; i < N; i++) {
        void *r;
        if (pthread_join(t[i], &r) != 0)
            return 2;
        printf("thread %d returned %ld\n", i, (long)r);
        sum += (long)r;
    }
    printf("total %d, sum %ld, destructors got %d\n", total, sum, destroyed);
    return 0;
}
