module m
contains
  integer function square(x)
    integer, intent(in) :: x
    square = x * x
  end function square
  subroutine show(x)
    integer, intent(in) :: x
    print *, x
  end subroutine show
end module m
program main
  use m
  call show(square(3))
end program main
