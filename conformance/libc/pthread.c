/* pthread: threads, attributes, keys, mutexes and condition variables. */
#include "probe.h"

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, dtors;
static pthread_key_t key;

static void dtor(void *v)
{
    dtors += v != 0;
}

static void *worker(void *arg)
{
    pthread_setspecific(key, arg);
    pthread_mutex_lock(&mu);
    ready++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    return (void *)((long)arg * 2);
}

static void *exiter(void *arg)
{
    (void)arg;
    pthread_exit((void *)77L);
}

int main(void)
{
    CASE("pthread_key_create", "with-dtor", "%d", pthread_key_create(&key, dtor));
    CASE("pthread_getspecific", "unset", "%d", pthread_getspecific(key) == 0);
    int r0 = pthread_setspecific(key, (void *)5L);
    CASE("pthread_setspecific", "main", "%d %ld", r0, (long)pthread_getspecific(key));
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        CASE("pthread_create", "default-attr", "%d", pthread_create(&t[i], 0, worker, (void *)(i + 1)));
    pthread_mutex_lock(&mu);
    while (ready < 3)
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    CASE("pthread_cond_wait", "all-ready", "%d", ready);
    long sum = 0;
    for (int i = 0; i < 3; i++) {
        void *r;
        r0 = pthread_join(t[i], &r);
        CASE("pthread_join", "value", "%d", r0);
        sum += (long)r;
    }
    CASE("pthread_join", "sum", "%ld", sum);
    CASE("pthread_key_create", "dtors-ran", "%d", dtors);
    void *r;
    pthread_create(&t[0], 0, exiter, 0);
    r0 = pthread_join(t[0], &r);
    CASE("pthread_exit", "value", "%d %ld", r0, (long)r);
    CASE("pthread_self", "not-null", "%d", pthread_self() != 0);
    pthread_attr_t a;
    CASE("pthread_attr_init", "ok", "%d", pthread_attr_init(&a));
    CASE("pthread_attr_setstacksize", "1M", "%d", pthread_attr_setstacksize(&a, 1 << 20));
    CASE("pthread_attr_setstacksize", "tiny", "%s", ename(pthread_attr_setstacksize(&a, 16)));
    void *sa;
    size_t ss;
    r0 = pthread_attr_getstack(&a, &sa, &ss);
    CASE("pthread_attr_getstack", "size", "%d %zu", r0, ss);
    CASE("pthread_create", "attr-1M", "%d", pthread_create(&t[0], &a, worker, (void *)10L));
    r0 = pthread_join(t[0], &r);
    CASE("pthread_join", "attr-thread", "%d %ld", r0, (long)r);
    CASE("pthread_attr_destroy", "ok", "%d", pthread_attr_destroy(&a));
    pthread_create(&t[0], 0, worker, (void *)1L);
    CASE("pthread_detach", "running", "%d", pthread_detach(t[0]));
    pthread_mutex_t m;
    CASE("pthread_mutex_init", "default", "%d", pthread_mutex_init(&m, 0));
    CASE("pthread_mutex_lock", "free", "%d", pthread_mutex_lock(&m));
    CASE("pthread_mutex_unlock", "held", "%d", pthread_mutex_unlock(&m));
    CASE("pthread_mutex_destroy", "unlocked", "%d", pthread_mutex_destroy(&m));
    pthread_condattr_t ca;
    pthread_cond_t c;
    CASE("pthread_condattr_init", "ok", "%d", pthread_condattr_init(&ca));
    CASE("pthread_condattr_setclock", "monotonic", "%d", pthread_condattr_setclock(&ca, CLOCK_MONOTONIC));
    CASE("pthread_condattr_setclock", "bad-clock", "%s", ename(pthread_condattr_setclock(&ca, 12345)));
    CASE("pthread_cond_init", "monotonic", "%d", pthread_cond_init(&c, &ca));
    CASE("pthread_condattr_destroy", "ok", "%d", pthread_condattr_destroy(&ca));
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += 20000000;
    if (ts.tv_nsec >= 1000000000)
        ts.tv_sec++, ts.tv_nsec -= 1000000000;
    pthread_mutex_init(&m, 0);
    pthread_mutex_lock(&m);
    CASE("pthread_cond_timedwait", "timeout", "%s", ename(pthread_cond_timedwait(&c, &m, &ts)));
    pthread_mutex_unlock(&m);
    CASE("pthread_cond_signal", "no-waiter", "%d", pthread_cond_signal(&c));
    CASE("pthread_cond_broadcast", "no-waiter", "%d", pthread_cond_broadcast(&c));
    CASE("pthread_cond_destroy", "ok", "%d", pthread_cond_destroy(&c));
    CASE("pthread_key_delete", "ok", "%d", pthread_key_delete(key));
    CASE("sched_yield", "ok", "%d", sched_yield());
    return 0;
}
