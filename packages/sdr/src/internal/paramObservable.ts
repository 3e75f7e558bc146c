import { isObservable, of, type Observable } from 'rxjs';

/** The latest value of a constant-or-Observable parameter, for sources (`rtlTcp`'s frequency and gain). */
export function paramObservable<P>(param: P | Observable<P>): Observable<P> {
  return isObservable(param) ? param : of(param);
}
